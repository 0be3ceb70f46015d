/**
 * The built-in story: the US military drawdown in Iraq, told from the Arabic source article
 * in Arabic and English. The article's relative wording ("last year", "by September of this
 * year") resolves from its reference date, 30 September 2025, the day of the Pentagon statement
 * it reports. Core events come from the article; context events and the earlier troop figures
 * come from the public record, each with its own source.
 */
import type { SourceInput, TimelineDocument } from '../schema/document.js';

const ARTICLE: SourceInput = {
  name: { ar: 'المقال المصدر (خبر عربي)', en: 'Source article (Arabic news report)' },
};

const PARNELL = { ar: 'شون بارنيل، المتحدث باسم البنتاغون', en: 'Sean Parnell, Pentagon spokesman' };
const PARNELL_QUOTE = { ar: 'نجاحنا المشترك في محاربة داعش', en: 'our shared success in fighting ISIS' };

const PENTAGON_NAME = { ar: 'وزارة الدفاع الأمريكية (البنتاغون)', en: 'US Department of Defense (Pentagon)' };
const CENTCOM_NAME = { ar: 'القيادة المركزية الأمريكية', en: 'US Central Command (CENTCOM)' };
const IRAQ_NAME = { ar: 'الحكومة العراقية', en: 'Government of Iraq' };
const JOINT_STATEMENT_NAME = { ar: 'بيان مشترك أمريكي عراقي', en: 'US–Iraq joint statement' };
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

export const drawdownStory: TimelineDocument = {
  version: 1,
  title: { ar: 'تقليص القوات الأمريكية في العراق', en: 'The US military drawdown in Iraq' },
  description: {
    ar: 'خط زمني للوجود العسكري الأمريكي في العراق، من تمدد تنظيم داعش عام 2014 حتى بدء تقليص القوات في سبتمبر 2025. وبموجب اتفاق أُبرم عام 2024، تنتهي المهمة العسكرية للتحالف الدولي بحلول سبتمبر 2025 لتحل محلها شراكة أمنية، مع بقاء بعض القوات الأمريكية للاستشارة والتدريب. ويعرض مسار ثانٍ أعداد الجنود الأمريكيين، ومنها تقديران متباينان للعدد الحالي: نحو 2500 وفق الرواية الأمريكية، وأكثر من 3000 وفق مصادر عراقية.',
    en: 'A timeline of the US military presence in Iraq, from the rise of ISIS in 2014 to the drawdown under way in September 2025. Under an agreement reached in 2024, the coalition’s military mission ends by September 2025 and gives way to a security partnership, with some US troops staying to advise and train. A second track shows US troop numbers, including two disputed current estimates: about 2,500 by US accounts and more than 3,000 by Iraqi sources.',
  },
  language: 'ar',
  referenceDate: '2025-09-30',
  // The story is told from 2024 on; the years since 2014 are its background, drawn compressed.
  focus: { start: '2024' },
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
      title: { ar: 'انتهاء المهمة القتالية للتحالف', en: 'Coalition combat mission ends' },
      summary: {
        ar: 'أعلن العراق انتهاء المهمة القتالية للتحالف الدولي، وانتقال القوات المتبقية إلى أدوار المشورة والمساعدة.',
        en: 'Iraq announced the end of the coalition’s combat mission; the remaining forces moved to advise-and-assist roles.',
      },
      category: 'forces',
      importance: 'context',
      sources: [{ name: IRAQ_NAME, date: '2021-12-09' }],
    },
    {
      id: 'agreement',
      start: '2024',
      displayDate: { ar: 'العام الماضي', en: 'last year' },
      title: { ar: 'اتفاق أمريكي عراقي على إنهاء المهمة', en: 'US–Iraq deal to end the mission' },
      summary: {
        ar: 'في عهد إدارة الرئيس السابق جو بايدن، اتفقت واشنطن وبغداد على إنهاء المهمة العسكرية للتحالف والتحول إلى شراكة أمنية.',
        en: 'Under then-President Joe Biden, Washington and Baghdad agreed to end the coalition’s military mission and move to a security partnership.',
      },
      category: 'agreement',
      importance: 'core',
      sources: [ARTICLE],
    },
    {
      id: 'joint-statement',
      start: '2024-09-27',
      title: { ar: 'بيان مشترك يحدد الموعد النهائي', en: 'Joint statement sets the deadline' },
      summary: {
        ar: 'أعلنت الحكومتان أن المهمة العسكرية للتحالف في العراق تنتهي في موعد أقصاه نهاية سبتمبر 2025، على أن تستمر مهمة دعم العمليات في سوريا انطلاقًا من العراق حتى سبتمبر 2026.',
        en: 'The two governments said the coalition’s military mission in Iraq would end no later than the end of September 2025, while its Syria-support mission from Iraq would run until September 2026.',
      },
      category: 'agreement',
      importance: 'context',
      sources: [{ name: JOINT_STATEMENT_NAME, date: '2024-09-27' }],
    },
    {
      id: 'bases-announcement',
      start: '2025-08',
      qualifier: 'late',
      displayDate: { ar: 'نهاية أغسطس الماضي', en: 'the end of last August' },
      title: { ar: 'القوات الأمريكية تغادر قاعدتين', en: 'US forces to leave two bases' },
      summary: {
        ar: 'برزت مؤشرات على انسحاب القوات الأمريكية من قاعدة عين الأسد الجوية في الأنبار وقاعدة فيكتوريا قرب مطار بغداد، على أن يبقى عدد محدود من الجنود للاستشارة والتدريب.',
        en: 'Indications emerged that US forces would leave Ain al-Asad air base in Anbar and Victory base near Baghdad airport, with a limited number of troops staying to advise and train.',
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
      id: 'mission-end',
      start: '2025-09',
      qualifier: 'by',
      displayDate: { ar: 'بحلول سبتمبر من هذا العام', en: 'by September of this year' },
      title: { ar: 'موعد إنهاء مهمة التحالف', en: 'Deadline to end the coalition mission' },
      summary: {
        ar: 'حددت واشنطن وبغداد شهر سبتمبر موعدًا لإنهاء المهمة العسكرية للتحالف الدولي الذي تقوده الولايات المتحدة ضد داعش في العراق.',
        en: 'Washington and Baghdad set September as the deadline to end the military mission of the US-led coalition against ISIS in Iraq.',
      },
      category: 'agreement',
      importance: 'core',
      sources: [ARTICLE],
    },
    {
      id: 'drawdown-under-way',
      start: '2025-09',
      title: { ar: 'بدء تقليص القوات الأمريكية', en: 'US drawdown under way' },
      summary: {
        ar: 'يقول مسؤولون إن عدد القوات الأمريكية في العراق تقلص بنحو 20%، فيما يبقى بعضها للاستشارة والتدريب ضمن تحول استراتيجي نحو شراكة أمنية.',
        en: 'Officials say US troop numbers in Iraq have been cut by about 20%, with some troops staying to advise and train in a strategic shift toward a security partnership.',
      },
      category: 'forces',
      importance: 'core',
      sources: [ARTICLE, PARNELL_STATEMENT],
    },
    {
      id: 'pentagon-statement',
      start: '2025-09-30',
      title: { ar: 'البنتاغون يعلن تقليص المهمة', en: 'Pentagon announces mission reduction' },
      summary: {
        ar: 'قال المتحدث باسم البنتاغون شون بارنيل إن الولايات المتحدة وشركاءها في التحالف سيقلصون المهمة العسكرية في العراق، استنادًا إلى البيان المشترك الصادر في 27 سبتمبر 2024.',
        en: 'Pentagon spokesman Sean Parnell said the United States and its coalition partners will reduce the military mission in Iraq, citing the joint statement of 27 September 2024.',
      },
      category: 'agreement',
      importance: 'context',
      sources: [PARNELL_STATEMENT],
    },
    {
      id: 'syria-support-ends',
      start: '2026-09',
      qualifier: 'by',
      title: { ar: 'انتهاء مهمة دعم سوريا من العراق', en: 'Syria-support mission ends' },
      summary: {
        ar: 'الموعد المحدد لانتهاء مهمة التحالف في دعم العمليات داخل سوريا انطلاقًا من العراق، وفق البيان المشترك لعام 2024.',
        en: 'The deadline for the coalition’s mission supporting operations in Syria from Iraq, as set in the 2024 joint statement.',
      },
      category: 'agreement',
      importance: 'context',
      sources: [{ name: JOINT_STATEMENT_NAME, date: '2024-09-27' }],
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
          source: { name: { ar: 'تقارير (الجانب الأمريكي)', en: 'Reports (US accounts)' } },
        },
        {
          date: '2025-09-30',
          low: 3000,
          source: { name: { ar: 'مصادر عراقية', en: 'Iraqi sources' } },
        },
      ],
      annotations: [
        {
          // The article's announced cut: a share, not a count, so it is a note rather than a point.
          date: '2025-09',
          text: { ar: 'تقليص بنحو 20%', en: 'about 20% cut announced' },
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
