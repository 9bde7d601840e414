// Where the donor form goes when it is done or cancelled, without leaving a stale form in the
// history: the editor opened from the donor's page steps back to it; a new donor's form is
// replaced by the new donor's page, so Back then returns to the list.
import { useLocation, useNavigate } from 'react-router';

export interface FormEntryState {
  fromDonorPage?: boolean;
}

function canGoBack(): boolean {
  return ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
}

export function useFormExit(editingId: string | undefined) {
  const navigate = useNavigate();
  const location = useLocation();
  const fromDonorPage = !!(location.state as FormEntryState | null)?.fromDonorPage && canGoBack();
  return {
    /** after a save: the donor's page */
    done(id: string) {
      if (editingId && fromDonorPage && id === editingId) void navigate(-1);
      else void navigate(`/donors/${id}`, { replace: true });
    },
    cancel() {
      if (fromDonorPage || (!editingId && canGoBack())) void navigate(-1);
      else void navigate(editingId ? `/donors/${editingId}` : '/donors', { replace: true });
    },
  };
}
