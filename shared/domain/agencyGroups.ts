// Stable agency-report codes of the vulnerability groups (H02–H08), in the households
// contract's order. Kept apart so shared/domain does not import the contract.
export const VULNERABILITY_GROUP_CODES = [
  { group: 'womanHead', code: 'H02' },
  { group: 'disability', code: 'H03' },
  { group: 'chronicIllness', code: 'H04' },
  { group: 'recoveredAddiction', code: 'H05' },
  { group: 'elderlyAlone', code: 'H06' },
  { group: 'orphans', code: 'H07' },
  { group: 'prisonerFamily', code: 'H08' },
] as const;
