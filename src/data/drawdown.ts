/**
 * The built-in story: the US military drawdown in Iraq, told from the Arabic source article
 * in Arabic and English. The article's relative wording ("last year", "by September of this
 * year") resolves from its reference date, 30 September 2025, the day of the Pentagon statement
 * it reports. Core events come from the article; context events and the earlier troop figures
 * come from the public record, each with its own source.
 */
import type { SourceInput, TimelineDocument } from '../schema/document.js';

const ARTICLE: SourceInput = {
  name: {
    ar: 'تقرير إخباري: «تقليص القوات الأمريكية في العراق: خطوة نحو الشراكة الأمنية»',
    en: 'Arabic news report: “Reducing US forces in Iraq: a step toward security partnership”',
  },
};

const PARNELL = { ar: 'شون بارنيل، المتحدث باسم البنتاغون', en: 'Sean Parnell, Pentagon spokesman' };
// Each language quotes his words as its own press carried them: the article's Arabic, and the
// English of the statement itself as the wires quoted it (not a translation back from Arabic).
const PARNELL_QUOTE = {
  ar: 'نجاحنا المشترك في محاربة داعش',
  en: 'This reduction reflects our combined success in fighting ISIS',
};

const PENTAGON_NAME = { ar: 'وزارة الدفاع الأمريكية (البنتاغون)', en: 'US Department of Defense (Pentagon)' };
const CENTCOM_NAME = { ar: 'القيادة المركزية الأمريكية', en: 'US Central Command (CENTCOM)' };
const IRAQ_NAME = { ar: 'الحكومة العراقية', en: 'Government of Iraq' };
const JOINT_STATEMENT_NAME = { ar: 'بيان مشترك أمريكي عراقي', en: 'US–Iraq joint statement' };
const REPORTS_NAME = { ar: 'تقارير', en: 'Reports' };
const WIRE_NAME = { ar: 'تقارير وكالات الأنباء', en: 'Wire reports' };
const MCKENZIE = {
  ar: 'الجنرال فرانك ماكنزي، قائد القيادة المركزية',
  en: 'Gen. Frank McKenzie, CENTCOM commander',
};

const PARNELL_STATEMENT: SourceInput = {
  name: PENTAGON_NAME,
  speaker: PARNELL,
  quote: PARNELL_QUOTE,
  date: '2025-09-30',
};

const JOINT_STATEMENT: SourceInput = { name: JOINT_STATEMENT_NAME, date: '2024-09-27' };

export const drawdownStory: TimelineDocument = {
  version: 1,
  title: { ar: 'تقليص القوات الأمريكية في العراق', en: 'The US military drawdown in Iraq' },
  description: {
    ar: 'خط زمني للوجود العسكري الأمريكي في العراق، من تمدد تنظيم داعش عام 2014 حتى تقليص المهمة الأمريكية الذي أُعلن في سبتمبر 2025. فبموجب اتفاق أُبرم عام 2024، تقرر إنهاء المهمة العسكرية للتحالف الدولي بحلول سبتمبر 2025 والتحول إلى شراكة أمنية، مع توقع بقاء بعض القوات الأمريكية في أدوار استشارية وتدريبية. ويعرض مسار ثانٍ أعداد الجنود الأمريكيين في العراق وسوريا، ومنها تقديران متباينان لعددهم في العراق حتى تاريخ التقرير: نحو 2,500 بحسب تقارير، وأكثر من 3,000 بحسب مصادر عراقية.',
    en: 'A timeline of the US military presence in Iraq, from the rise of ISIS in 2014 to the reduction of the US mission announced in September 2025. Under an agreement reached in 2024, the coalition’s military mission was to end by September 2025 and give way to a security partnership, with some US troops expected to stay to advise and train. A second track shows US troop numbers in Iraq and Syria, including two disputed estimates for Iraq as of the report: about 2,500 according to reports, and more than 3,000 according to Iraqi sources.',
  },
  language: 'ar',
  referenceDate: '2025-09-30',
  // The story is told from the agreement in 2024 to the end of 2025: the years since 2014, and the
  // deadline a year later, are its background, drawn compressed.
  focus: { start: '2024-06', end: '2025-12' },
  source: ARTICLE,
  credit: {
    ar: 'الرسم: drawdown-timeline. الأحداث الأساسية وأرقام عام 2025 من المقال المصدر؛ والتاريخان الدقيقان للاتفاق وللموعد النهائي، وتاريخ التقرير، من البيان المشترك الأمريكي العراقي وبيان البنتاغون؛ الأحداث السياقية وأعداد الجنود السابقة من السجل العام، ولكلٍّ منها مصدره.',
    en: 'Graphic: drawdown-timeline. Core events and the 2025 figures from the source article; the exact dates of the agreement and the deadline, and the report’s date, from the US–Iraq joint statement and the Pentagon statement; context events and earlier troop numbers from the public record, each with its own source.',
  },
  categories: [
    { id: 'isis', label: { ar: 'داعش والحرب عليه', en: 'ISIS and the war against it' }, shape: 'diamond' },
    { id: 'agreement', label: { ar: 'الاتفاقات والمهام', en: 'Agreements and missions' }, shape: 'square' },
    { id: 'forces', label: { ar: 'القوات والقواعد', en: 'Troops and bases' }, shape: 'circle' },
  ],
  events: [
    {
      id: 'isis-expansion',
      start: '2014',
      title: { ar: 'تمدد داعش في العراق وسوريا', en: 'ISIS sweeps across Iraq and Syria' },
      summary: {
        ar: 'بسط تنظيم داعش سيطرته على مساحات شاسعة من العراق وسوريا، فأطلق تحالف دولي بقيادة الولايات المتحدة حملة عسكرية ضده.',
        en: 'ISIS took control of large parts of Iraq and Syria, and a US-led international coalition launched a military campaign against the group.',
      },
      category: 'isis',
      importance: 'core',
      sources: [ARTICLE],
    },
    {
      id: 'mosul-falls',
      start: '2014-06-10',
      title: { ar: 'سقوط الموصل بيد داعش', en: 'ISIS captures Mosul' },
      summary: {
        ar: 'استولى مسلحو داعش على الموصل، ثانية كبرى مدن العراق، في هجوم خاطف على شمال البلاد.',
        en: 'ISIS fighters seized Mosul, Iraq’s second-largest city, in a rapid offensive across the north of the country.',
      },
      category: 'isis',
      importance: 'context',
      sources: [{ name: WIRE_NAME, date: '2014-06-10' }],
    },
    {
      id: 'us-airstrikes-begin',
      start: '2014-08-08',
      title: { ar: 'بدء الغارات الأمريكية على داعش', en: 'US air strikes on ISIS begin' },
      summary: {
        ar: 'بدأت الولايات المتحدة شن غارات جوية على مواقع داعش في شمال العراق.',
        en: 'The United States began air strikes against ISIS positions in northern Iraq.',
      },
      category: 'isis',
      importance: 'context',
      sources: [{ name: PENTAGON_NAME, date: '2014-08-08' }],
    },
    {
      id: 'victory-over-isis',
      start: '2017-12-09',
      title: { ar: 'العراق يعلن النصر على داعش', en: 'Iraq declares victory over ISIS' },
      summary: {
        ar: 'أعلنت الحكومة العراقية هزيمة داعش عسكريًا، وإن ظلت خلايا من التنظيم تشن هجمات.',
        en: 'The Iraqi government declared the military defeat of ISIS, although cells of the group kept up attacks.',
      },
      category: 'isis',
      importance: 'context',
      sources: [{ name: IRAQ_NAME, date: '2017-12-09' }],
    },
    {
      id: 'combat-mission-ends',
      start: '2021-12-09',
      title: { ar: 'إعلان انتهاء المهمة القتالية', en: 'Combat mission end announced' },
      summary: {
        ar: 'أعلن العراق انتهاء المهمة القتالية للتحالف الدولي، وانتقال القوات المتبقية إلى أدوار المشورة والمساعدة.',
        en: 'Iraq announced the end of the coalition’s combat mission; the remaining forces moved to advise-and-assist roles.',
      },
      category: 'agreement',
      importance: 'context',
      sources: [{ name: IRAQ_NAME, date: '2021-12-09' }],
    },
    {
      // The article's "last year" agreement is the joint statement of 27 September 2024: one
      // event at its exact date, keeping the article's own phrase as its displayed wording.
      id: 'agreement',
      start: '2024-09-27',
      displayDate: { ar: 'العام الماضي', en: 'last year' },
      title: {
        ar: 'اتفاق أمريكي عراقي على إنهاء المهمة العسكرية للتحالف',
        en: 'US–Iraq agreement to end the coalition’s military mission',
      },
      summary: {
        ar: 'في عهد إدارة الرئيس السابق جو بايدن، اتفقت واشنطن وبغداد على إنهاء المهمة العسكرية للتحالف والتحول إلى شراكة أمنية. وحدد البيان المشترك موعدًا أقصاه نهاية سبتمبر 2025 لانتهاء المهمة في العراق، على أن تستمر مهمة التحالف في دعم العمليات داخل سوريا انطلاقًا من العراق حتى سبتمبر 2026.',
        en: 'Under then-President Joe Biden, Washington and Baghdad agreed to end the coalition’s military mission and move to a security partnership. Their joint statement set the end of September 2025 as the latest date for the mission in Iraq to conclude, while the coalition’s mission supporting operations in Syria from Iraq would continue until September 2026.',
      },
      category: 'agreement',
      importance: 'core',
      sources: [ARTICLE, JOINT_STATEMENT],
    },
    {
      id: 'bases-announcement',
      start: '2025-08',
      qualifier: 'late',
      displayDate: { ar: 'نهاية أغسطس الماضي', en: 'the end of last August' },
      title: { ar: 'بعض القوات الأمريكية ستغادر قاعدتين', en: 'Some US forces will leave two bases' },
      summary: {
        ar: 'أُشير في نهاية أغسطس إلى أن بعض القوات الأمريكية ستغادر قواعدها في العراق، ومنها قاعدة عين الأسد في محافظة الأنبار وقاعدة فيكتوريا قرب مطار بغداد، مع توقع بقاء عدد محدود من الجنود في أدوار استشارية وتدريبية.',
        en: 'At the end of August it was indicated that some US forces would leave their bases in Iraq, including Ain al-Asad air base in Anbar province and Victory base near Baghdad airport, with a limited number of troops expected to remain in advisory and training roles.',
      },
      category: 'forces',
      importance: 'core',
      sources: [ARTICLE],
      places: [
        {
          name: { ar: 'قاعدة عين الأسد الجوية، الأنبار', en: 'Ain al-Asad air base, Anbar' },
          lat: 33.8,
          lon: 42.44,
        },
        {
          name: { ar: 'قاعدة فيكتوريا قرب مطار بغداد', en: 'Victory base, near Baghdad airport' },
          lat: 33.26,
          lon: 44.23,
        },
      ],
    },
    {
      // The article's "by September of this year" is the joint statement's "no later than the end
      // of September 2025", and the Pentagon statement the article reports came on that last
      // day: one event at its exact date, with the article's phrase as its displayed wording.
      id: 'mission-end',
      start: '2025-09-30',
      qualifier: 'by',
      displayDate: { ar: 'بحلول سبتمبر من هذا العام', en: 'by September of this year' },
      title: {
        ar: 'موعد إنهاء المهمة العسكرية للتحالف',
        en: 'Deadline to end the coalition’s military mission',
      },
      summary: {
        ar: 'اتفقت واشنطن وبغداد على إنهاء المهمة العسكرية للتحالف الدولي الذي تقوده الولايات المتحدة ضد داعش بحلول سبتمبر. وفي 30 سبتمبر 2025 قال المتحدث باسم البنتاغون شون بارنيل إن الولايات المتحدة وشركاءها في التحالف سيقلصون المهمة العسكرية في العراق. ووفقًا لمسؤولين، يسعى التقليص إلى خفض عدد القوات الأمريكية بنحو 20%، مع توقع بقاء بعضها في أدوار استشارية وتدريبية.',
        en: 'Washington and Baghdad agreed to end the military mission of the US-led coalition against ISIS by September. On 30 September 2025, Pentagon spokesman Sean Parnell said the United States and its coalition partners will reduce the military mission in Iraq. According to officials, the reduction aims to cut US troop numbers by about 20%, with some troops expected to remain in advisory and training roles.',
      },
      category: 'agreement',
      importance: 'core',
      sources: [ARTICLE, PARNELL_STATEMENT, JOINT_STATEMENT],
    },
    {
      id: 'syria-operations-deadline',
      start: '2026-09',
      qualifier: 'by',
      title: {
        ar: 'موعد انتهاء مهمة التحالف لدعم العمليات في سوريا من العراق',
        en: 'Deadline for the coalition’s Syria operations from Iraq',
      },
      summary: {
        ar: 'حدد البيان المشترك لعام 2024 شهر سبتمبر 2026 موعدًا لانتهاء مهمة التحالف في دعم العمليات داخل سوريا انطلاقًا من العراق (من إقليم كردستان بحسب التقارير). وهو موعد مقرر حتى تاريخ التقرير، وليس حدثًا وقع.',
        en: 'The 2024 joint statement set September 2026 as the deadline for the coalition’s mission supporting operations in Syria from Iraq (reported to be from the Kurdistan region). It is a deadline scheduled as of the report, not an outcome.',
      },
      category: 'agreement',
      importance: 'context',
      sources: [JOINT_STATEMENT],
    },
  ],
  series: [
    {
      id: 'us-troops-iraq',
      label: { ar: 'القوات الأمريكية في العراق', en: 'US troops in Iraq' },
      unit: { ar: 'جندي', en: 'troops' },
      points: [
        {
          date: '2019',
          value: 5200,
          approximate: true,
          source: { name: CENTCOM_NAME, date: '2020-09-09' },
        },
        {
          date: '2020-09-09',
          value: 5200,
          approximate: true,
          source: { name: CENTCOM_NAME, speaker: MCKENZIE, date: '2020-09-09' },
        },
        {
          // Announced on 9 September 2020 for the end of that month.
          date: '2020-09-30',
          value: 3000,
          source: { name: CENTCOM_NAME, speaker: MCKENZIE, date: '2020-09-09' },
        },
        {
          // Announced on 17 November 2020 for 15 January 2021.
          date: '2021-01-15',
          value: 2500,
          source: {
            name: PENTAGON_NAME,
            speaker: {
              ar: 'كريستوفر ميلر، القائم بأعمال وزير الدفاع الأمريكي',
              en: 'Christopher Miller, Acting Defense Secretary',
            },
            date: '2020-11-17',
          },
        },
        {
          date: '2021-12-09',
          value: 2500,
          approximate: true,
          source: { name: WIRE_NAME, date: '2021-12-09' },
        },
        // The article's disputed pair: one observation, two estimates. Never averaged.
        {
          date: '2025-09-30',
          value: 2500,
          approximate: true,
          // The article does not say whose reports these are.
          source: { name: REPORTS_NAME },
        },
        {
          date: '2025-09-30',
          low: 3000,
          source: { name: { ar: 'مصادر عراقية', en: 'Iraqi sources' } },
        },
      ],
      annotations: [
        {
          // A share, not a count, and an aim rather than a measured figure (officials, per the
          // article): told as a note, never drawn as a change in the line.
          date: '2025-09',
          text: {
            ar: 'التقليص يسعى إلى خفض العدد بنحو 20% (وفق مسؤولين)',
            en: 'the reduction aims at about 20% fewer troops (officials)',
          },
          source: ARTICLE,
        },
      ],
    },
    {
      id: 'us-troops-syria',
      label: { ar: 'القوات الأمريكية في سوريا', en: 'US troops in Syria' },
      unit: { ar: 'جندي', en: 'troops' },
      points: [{ date: '2025-09-30', value: 700, approximate: true, source: ARTICLE }],
    },
  ],
};
