// The few words the main process shows itself (window title, dialogs). Everything else is the
// renderer's, through i18next.
export const WINDOW_TITLE = 'همیار';
export const SAVE_DIALOG_TITLE = 'ذخیرهٔ پرونده';
export const ALL_FILES = 'همهٔ پرونده‌ها';
export const STARTUP_FAILED_TITLE = 'همیار باز نشد';
