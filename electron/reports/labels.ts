// Every word printed on receipts and reports, in one place. Printed documents are Persian: the
// centre prints for its donors and the supervising agency, whatever language a user's screen is in.
import type { PaymentMethod } from '../../shared/contract/payments.ts';
import type { PledgeKind, PledgeStatus } from '../../shared/contract/pledges.ts';
import type { MoneyUnit } from '../../shared/domain/money.ts';
import type { ProjectKind, ProjectStatus } from '../../shared/contract/projects.ts';
import { HOUSING_STAGES, type HousingStage, type WaitingFor } from '../../shared/domain/housing.ts';
import { translateError } from '../../shared/i18n/translate.ts';

export const METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: 'نقدی',
  card: 'کارت به کارت',
  transfer: 'واریز به حساب (شبا)',
  pos: 'کارتخوان',
  cheque: 'چک',
  inKind: 'غیرنقدی (کالا)',
};

export const PLEDGE_KIND_LABELS: Record<PledgeKind, string> = {
  oneOff: 'یک‌باره',
  monthly: 'ماهانه',
  installments: 'اقساطی',
};

export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  active: 'جاری',
  overdue: 'معوق',
  fulfilled: 'تسویه‌شده',
  cancelled: 'لغوشده',
};

export const CHEQUE_STATUS_LABELS = { pending: 'در انتظار وصول', cleared: 'وصول‌شده', bounced: 'برگشتی' } as const;

export const UNIT_LABELS: Record<MoneyUnit, string> = { rial: 'ریال', toman: 'تومان' };

export const L = {
  generalFund: 'صندوق عمومی',
  anonymous: 'ناشناس',
  printedOn: 'تاریخ تهیه',
  page: 'صفحه',
  of: 'از',
  total: 'جمع',
  grandTotal: 'جمع کل',
  none: 'موردی نیست.',
  period: (from: string, to: string) => `از ${from} تا ${to}`,
  moneyColumn: (label: string, unit: MoneyUnit) => `${label} (${UNIT_LABELS[unit]})`,
  isoSuffix: '(میلادی)',
  voided: 'باطل',
  count: 'تعداد',
  amount: 'مبلغ',
  date: 'تاریخ',
  receiptNo: 'شمارهٔ رسید',
  donor: 'خیّر',
  mobile: 'تلفن همراه',
  method: 'روش پرداخت',
  details: 'جزئیات',
  purpose: 'بابت',
  status: 'وضعیت',
  reason: 'علت',
  project: 'طرح',

  receipt: {
    title: 'رسید دریافت کمک',
    number: 'شمارهٔ رسید',
    date: 'تاریخ دریافت',
    receivedFrom: 'دریافت شد از',
    amount: 'مبلغ',
    amountInWords: 'مبلغ به حروف',
    method: 'روش پرداخت',
    purpose: 'بابت',
    pledge: 'بابت تعهد',
    notes: 'توضیحات',
    cardLast4: 'چهار رقم آخر کارت',
    trackingNo: 'شمارهٔ پیگیری',
    sheba: 'شبای پرداخت‌کننده',
    chequeNo: 'شمارهٔ چک',
    chequeBank: 'بانک',
    chequeDueDate: 'سررسید',
    chequeStatus: 'وضعیت چک',
    inKind: 'شرح کالا',
    treasurerSignature: 'مهر و امضای خزانه‌دار',
    donorSignature: 'امضای پرداخت‌کننده',
    voidStamp: 'باطل شده',
    voidReason: 'علت ابطال',
    voidedOn: 'تاریخ ابطال',
    bouncedStamp: 'چک برگشتی',
    bouncedNote: 'مبلغ این چک دریافت نشده است',
    bouncedOn: 'تاریخ برگشت',
    copyStamp: 'المثنی',
    copyPrintedOn: 'تاریخ چاپ المثنی',
    thanks: 'با سپاس از همراهی شما در کار خیر',
  },

  donorStatement: {
    title: 'صورت‌حساب خیّر',
    sheet: 'صورت‌حساب خیّر',
    file: 'donor-statement',
    nationalId: 'کد ملی',
    pledges: 'تعهدها',
    payments: 'پرداخت‌های دوره',
    kind: 'نوع تعهد',
    startDate: 'تاریخ شروع',
    pledgeAmount: 'مبلغ تعهد',
    pledgeTotal: 'کل تعهد',
    paid: 'پرداخت‌شده',
    overdue: 'معوق',
    perMonth: (n: number | null) => (n === null ? 'ماهانه، بی‌پایان' : `ماهانه، ${n} ماه`),
    installments: (n: number) => `${n} قسط`,
    figuresAsOf: (d: string) => `ارقام تعهدها تا ${d}`,
    paidInPeriod: 'جمع پرداخت‌های معتبر دوره',
    voidNote: 'پرداخت‌های باطل‌شده و چک‌های برگشتی فهرست شده‌اند ولی در جمع نیامده‌اند.',
  },

  overdue: {
    title: 'تعهدهای معوق',
    sheet: 'تعهدهای معوق',
    file: 'overdue-pledges',
    asOf: (d: string) => `تا تاریخ ${d}`,
    overdueAmount: 'مبلغ معوق',
    daysOverdue: 'روز تأخیر',
    oldestDue: 'قدیمی‌ترین سررسید پرداخت‌نشده',
    kind: 'نوع تعهد',
    pledgeAmount: 'مبلغ تعهد',
    pledgesCount: (n: string) => `${n} تعهد معوق`,
  },

  collections: {
    title: 'گزارش دریافتی‌ها',
    sheet: 'دریافتی‌ها',
    file: 'collections',
    by: { month: 'به تفکیک ماه', project: 'به تفکیک طرح', method: 'به تفکیک روش پرداخت' },
    fileBy: { month: 'by-month', project: 'by-project', method: 'by-method' },
    month: 'ماه',
    year: 'سال',
      voidedExcluded: 'پرداخت‌های باطل‌شده در این گزارش نیامده‌اند.',
  },

  dailyCash: {
    title: 'گزارش صندوق روزانه',
    sheet: 'صندوق روزانه',
    file: 'daily-cash',
    dayOf: (d: string) => `روز ${d}`,
    summary: 'جمع به تفکیک روش پرداخت',
    voids: 'ابطال‌ها',
    voidsNote: 'پرداخت‌های این روز که باطل شده‌اند و ابطال‌هایی که در این روز ثبت شده‌اند؛ در جمع نیامده‌اند.',
    paymentDate: 'تاریخ پرداخت',
    voidedAt: 'تاریخ ابطال',
  },
} as const;

// ---- projects and housing builds -----------------------------------------------------------

export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  housing: 'مسکن مددجویان',
  employment: 'اشتغال‌زایی',
  equipment: 'تجهیزات اشتغال‌زایی',
  education: 'حمایت تحصیلی',
  general: 'عمومی',
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: 'در برنامه',
  inProgress: 'در حال اجرا',
  stalled: 'متوقف',
  finished: 'پایان‌یافته',
  handedOver: 'واگذارشده',
  cancelled: 'لغوشده',
};

/** The stages' names are the errors catalogue's (housing.stage.*), which the main process's
 *  messages already use: a stage is spelt the same in a message and on paper. */
export const STAGE_LABELS = Object.fromEntries(HOUSING_STAGES.map((s) => [s, translateError(`housing.stage.${s}`)])) as Record<HousingStage, string>;

export const WAITING_FOR_LABELS: Record<WaitingFor, string> = {
  money: 'تأمین پول',
  bank: 'تسهیلات بانکی',
  contractor: 'پیمانکار',
  permit: 'مجوز',
  materials: 'مصالح',
  other: 'سایر',
};

export const PL = {
  project: 'طرح',
  kind: 'نوع طرح',
  household: 'خانوار',
  city: 'شهر',
  budget: 'بودجه',
  raised: 'تأمین‌شده',
  received: 'دریافت‌شده',
  spent: 'هزینه‌شده',
  gap: 'کسری بودجه',
  status: 'وضعیت',
  count: 'تعداد',

  housing: {
    title: (asOf: string) => `پیشرفت ساخت مسکن مددجویان تا ${asOf}`,
    sheet: 'پیشرفت ساخت مسکن',
    file: 'housing-progress',
    stallRule: (days: number) => `ساختی «متوقف» است که مرحله‌ای از آن بیش از ${days} روز از پایان برنامه‌اش گذشته و تمام نشده باشد.`,
    counts: (builds: number, stalled: number) => `${builds} ساخت، ${stalled} متوقف`,
    order: 'ترتیب: ساخت‌های متوقف (طولانی‌ترین توقف اول)، سپس کم‌پیشرفت‌ترین.',
    withClosed: 'ساخت‌های پایان‌یافته، واگذارشده و لغوشده هم آمده‌اند.',
    recordedToday: (today: string) => `مراحل و پول به آنچه تا ${today} ثبت شده است؛ روزهای توقف تا تاریخ گزارش شمرده شده‌اند.`,
    stage: 'مرحلهٔ جاری',
    percent: 'پیشرفت (٪)',
    due: 'موعد مرحله',
    daysStalled: 'روز توقف',
    waitingFor: 'در انتظار',
    complete: 'تکمیل‌شده',
    noHousehold: 'هنوز انتخاب نشده',
    unknownWait: 'نامشخص',
    inStage: (wait: string, stage: string) => `${wait} (مرحلهٔ ${stage})`,
  },

  summary: {
    title: 'خلاصهٔ طرح‌ها به تفکیک نوع و وضعیت',
    sheet: 'خلاصهٔ طرح‌ها',
    file: 'projects-summary',
    asOf: (d: string) => `تا تاریخ ${d}`,
    note: 'وضعیت ساخت‌هایی که مرحله‌ای از آن‌ها از حد مجاز گذشته «متوقف» شمرده شده است. طرح‌های بایگانی‌شده نیامده‌اند.',
    kindTotal: (kind: string) => `جمع ${kind}`,
    byKind: 'همهٔ طرح‌ها به تفکیک نوع',
  },

  sheet: {
    file: 'project-sheet',
    title: 'معرفی طرح',
    handoverTo: 'واگذاری به',
    beneficiary: 'خانوار تحت حمایت',
    start: 'شروع',
    plannedEnd: 'پایان برنامه',
    areaLabel: 'زیربنا',
    area: (m2: number) => `${m2} متر مربع`,
    jobsLabel: 'اشتغال',
    buildProgress: 'پیشرفت ساخت',
    moneyProgress: 'دریافت‌شده از بودجه',
    noBudget: 'بودجهٔ این طرح هنوز تعیین نشده است.',
    stages: 'مراحل ساخت',
    done: 'انجام شد',
    current: 'در حال انجام',
    planned: 'در برنامه',
    money: 'پول طرح',
    photos: 'تصاویر',
    stalled: (stage: string, days: number, wait: string | null) =>
      `مرحلهٔ ${stage} ${days} روز از برنامه عقب است${wait ? `؛ در انتظار ${wait}` : ''}. کمک شما کار را دوباره راه می‌اندازد.`,
    jobs: (planned: number, created: number) => `شغل برنامه‌ریزی‌شده: ${planned} · شغل ایجادشده: ${created}`,
    thanks: 'با سپاس از همراهی شما در کار خیر',
  },
} as const;
