// Words about stages the screens share. The main process names stages by key ("foundation")
// in an error's details; here they become the stage's name in the user's language.
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.ts';
import { HOUSING_STAGES, type HousingStage } from '../../../shared/domain/housing.ts';

function isStage(v: unknown): v is HousingStage {
  return typeof v === 'string' && (HOUSING_STAGES as readonly string[]).includes(v);
}

export function useStageText() {
  const { t } = useTranslation('projects');
  const name = (s: HousingStage) => t(`stage.${s}`);
  return {
    name,
    /** an error that names stages (housing.outOfOrder) */
    message(err: ApiError): string {
      const params: Record<string, string | number> = { ...err.payload.params };
      // The message's parameters are Persian stage names; the details carry the keys, which
      // give the names in the user's language.
      const details = typeof err.payload.details === 'object' && err.payload.details !== null ? Object.entries(err.payload.details) : [];
      for (const [k, v] of [...Object.entries(params), ...details]) if (isStage(v)) params[k] = name(v);
      return t(`errors:${err.payload.key}`, { ...params, defaultValue: err.payload.message });
    },
  };
}
