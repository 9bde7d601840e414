// The pager under a paged list, with the page numbers in the language's digits; nothing when
// everything fits on one page.
import { Group, Pagination } from '@mantine/core';
import { useFormat } from '../lib/format.ts';
import { PAGE_SIZE } from '../lib/listParams.ts';

interface Props {
  total: number;
  page: number;
  onPage(page: number): void;
  testId?: string;
}

export function ListPager({ total, page, onPage, testId }: Props) {
  const f = useFormat();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <Group justify="center">
      <Pagination data-testid={testId} total={pages} value={Math.min(page, pages)} onChange={onPage} getItemProps={(p) => ({ children: f.digits(p) })} />
    </Group>
  );
}
