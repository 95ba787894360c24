/**
 * A fixed, generated benchmark corpus: the same notes on every run (seeded PRNG), English and
 * Japanese, shaped like real notes (headers, templates, prose, lists). Not for accuracy.
 */

export interface BenchNote {
  readonly language: 'en' | 'ja';
  readonly text: string;
}

/** mulberry32: a tiny seeded PRNG, so the corpus is identical across machines and runs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_PARTS = [
  'HPI: {age} y/o {sex} with COPD exac. presents with cough and dyspnea x {n} days.',
  'Pt. denies fever, chills, chest pain, hemoptysis or weight loss.',
  'Social History:\nFormer smoker, {n} ppd x {n} yrs, quit in {year}. Denies tob. use since. No EtOH or drugs.',
  'Tobacco Use\nSmoking Status: Current Every Day Smoker\nPacks/Day: {n}\nYears: {n}',
  'Family History:\nMother had breast cancer at {age}. Father - MI. No family history of colon cancer.',
  'MOLECULAR RESULTS:\nEGFR exon 21 p.L858R (c.2573T>G) detected. ALK rearrangement not detected. KRAS wild-type.',
  'No pathogenic variants were detected in BRCA1 or BRCA2. Possible pneumonia in the RLL; PE was not excluded.',
  'A/P: Return to the ED if chest pain or syncope develops. Will check EGFR testing if biopsy adequate.',
  'Patient reports that he has been smoking since age {n} and is\ninterested in quitting; counseled on cessation for {n} minutes.',
];

const JA_PARTS = [
  '【現病歴】\n検診で右上葉に結節を指摘され紹介受診。咳嗽、発熱、血痰はいずれも認めない。',
  '【生活歴】\n喫煙：{n}本/日×{n}年、{n}年前に禁煙。飲酒なし。',
  '【家族歴】\n母：乳癌（{age}歳）。父：胃癌。',
  '【検査結果】\nEGFR遺伝子変異陰性、ALK融合遺伝子陰性、KRAS G12C変異陽性。',
  '肺癌の可能性は否定できない。発熱時は受診するよう指導した。',
  '喫煙歴なし。受動喫煙あり（夫が喫煙）。既往歴：高血圧、糖尿病。',
];

// Clinical text that mentions no smoking: most of a real note (HPI, exam, labs, plan).
const EN_OTHER = [
  'HPI: {age} y/o {sex} presents with {n} days of intermittent epigastric pain, worse after meals, no radiation. No nausea, vomiting, melena or hematochezia. Appetite fair.',
  'Vitals: T 36.{n} C, HR {age}, BP 1{n}/7{n}, RR 16, SpO2 9{n}% on room air. General: alert, oriented, in no acute distress.',
  'Exam: Lungs clear to auscultation bilaterally. Heart regular rate and rhythm, no murmurs. Abdomen soft, mild epigastric tenderness, no rebound or guarding. Extremities without edema.',
  'Labs: WBC {n}.2, Hgb 1{n}.1, Plt 2{n}0, Na 13{n}, K 4.{n}, Cr 0.{n}, glucose 1{n}2, ALT {age}, AST {n}, lipase {age}.',
  'Medications: metformin 500 mg BID, lisinopril 10 mg daily, atorvastatin 40 mg nightly, omeprazole 20 mg daily.',
  'Assessment and Plan:\n1. Epigastric pain, likely gastritis vs PUD. Continue PPI, H. pylori stool antigen, avoid NSAIDs.\n2. Type 2 diabetes, A1c {n}.{n}%. Continue metformin, diabetic foot exam today, ophthalmology referral.\n3. Hypertension, at goal. Continue lisinopril.',
  'Imaging: CT abdomen/pelvis with contrast shows no acute intra-abdominal process. Incidental {n} mm hepatic cyst, no follow-up needed.',
  'Hospital course: The patient was admitted to the medicine service, treated with IV fluids and antiemetics, advanced to a regular diet on hospital day {n} and discharged home in stable condition.',
];

const JA_OTHER = [
  '【現病歴】{n}日前より心窩部痛を自覚。食後に増悪し、嘔気を伴う。黒色便なし。食欲はやや低下。',
  '【身体所見】体温36.{n}℃、脈拍{age}/分、血圧1{n}/7{n}mmHg、SpO2 9{n}%。腹部平坦、軟、心窩部に軽度圧痛あり。',
  '【検査所見】WBC {n}200/μL、Hb 1{n}.1g/dL、Plt 2{n}万/μL、CRP 0.{n}mg/dL、AST {age}、ALT {n}、Cr 0.{n}。',
  '【内服薬】メトホルミン500mg 分2、アムロジピン5mg 分1、ランソプラゾール15mg 分1。',
  '【方針】胃炎疑いとしてPPI継続。ピロリ菌抗体を提出。2週間後に再診予定。',
];

/** Notes of realistic density: mostly other clinical text, a smoking paragraph in some. */
export function generateRealisticCorpus(count: number, seed = 20261129): BenchNote[] {
  const random = seededRandom(seed);
  const notes: BenchNote[] = [];
  for (let i = 0; i < count; i += 1) {
    const language = random() < 0.25 ? 'ja' : 'en';
    const other = language === 'ja' ? JA_OTHER : EN_OTHER;
    const smoking = language === 'ja' ? JA_PARTS : EN_PARTS;
    const parts = other.map((part) => fill(part, random));
    // About two notes in three carry one or two smoking/genetics paragraphs.
    const extra = random() < 0.67 ? 1 + Math.floor(random() * 2) : 0;
    for (let e = 0; e < extra; e += 1) {
      const at = Math.floor(random() * (parts.length + 1));
      parts.splice(at, 0, fill(smoking[Math.floor(random() * smoking.length)]!, random));
    }
    notes.push({ language, text: parts.join('\n\n') });
  }
  return notes;
}

function fill(template: string, random: () => number): string {
  return template.replace(/\{(age|sex|n|year)\}/g, (_, key: string) => {
    if (key === 'age') return String(30 + Math.floor(random() * 55));
    if (key === 'sex') return random() < 0.5 ? 'M' : 'F';
    if (key === 'year') return String(1990 + Math.floor(random() * 34));
    return String(1 + Math.floor(random() * 40));
  });
}

/** `count` notes of 4-10 parts each; about one in four Japanese. */
export function generateCorpus(count: number, seed = 20261128): BenchNote[] {
  const random = seededRandom(seed);
  const notes: BenchNote[] = [];
  for (let i = 0; i < count; i += 1) {
    const language = random() < 0.25 ? 'ja' : 'en';
    const parts = language === 'ja' ? JA_PARTS : EN_PARTS;
    const length = 4 + Math.floor(random() * 7);
    const chosen: string[] = [];
    for (let p = 0; p < length; p += 1) {
      chosen.push(fill(parts[Math.floor(random() * parts.length)]!, random));
    }
    notes.push({ language, text: chosen.join('\n\n') });
  }
  return notes;
}
