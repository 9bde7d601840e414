// What a CSV import screen (donors, payments) tells the shared pieces about itself: the i18next
// namespace whose "import" section holds its strings (both screens use the same keys there),
// the list it comes from, and its data-testids (the end-to-end tests know each screen by its own).
export interface ImportScreen {
  ns: string;
  /** the list the screen is opened from; "back" and "to the list" go there */
  listPath: string;
  testIds: ImportTestIds;
}

export interface ImportTestIds {
  page: string;
  fileInput: string;
  template: string;
  fileError: string;
  preview: string;
  /** the "every row is valid" alert: only a screen whose tests wait for it names it */
  valid?: string;
  errors: string;
  errorRow: string;
  start: string;
  progress: string;
  summary: string;
  toList?: string;
}

/** A spreadsheet row that cannot be imported as it is, and why. */
export interface RowProblem {
  /** the row's number in the spreadsheet (the header is row 1) */
  line: number;
  /** column (or, for a problem of no column, the contract's field) → translated message */
  errors: Record<string, string>;
}
