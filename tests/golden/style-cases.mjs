// Golden vectors of stylometry: the inputs and the function that computes the vector lines from
// a simkit module. The generator writes its output into vectors.tsv; tests/js and tests/e2e
// recompute it (in Node and in Chromium) and compare; tests/cpp/golden_test.cpp recomputes the
// same lines natively. Imports nothing, so a browser can load it from a data: URL.
//
// Line formats (tab-separated; texts as UTF-8 hex, lists ':'-separated; numbers toPrecision(17)):
//   style      22 <ngramSize> <top> 0  <text>  <words,sentences,marks,grams,6 stats>  <top words hex=count,...>
//   delta      <method 0 burrows|1 eder|2 cosine> <mfw> <aggregate 0 centroid|1 nearest> 0
//              <training texts> <author ids ,> <unknown>  <distance per author ,>
//   impostors  <iterations> <seed hex> <method 0 cosine|1 impostors|2 combined> 0  <known texts>
//              <unknown> <impostor texts>  <raw score,similarity[,combined: cosine,known predicts
//              unknown,unknown predicts known,impostors]>

// Two self-written "authors": A writes long, formal sentences; B writes short, chatty ones.
export const STYLE_AUTHOR_A = [
  'It is, upon reflection, a matter of no small importance that the traveller should consider, whilst the road is yet open before him, what provisions he shall require; for the mountains are cruel to the careless, and the passes close without warning.',
  'Whilst the committee deliberated upon the proposal, it became evident that the members were divided; some held that the expense was unwarranted, whereas others maintained, with considerable warmth, that the town could ill afford to delay.',
  'There is, I confess, a certain melancholy in the decline of the old harbour; the ships are fewer, the warehouses stand empty, and upon the quay one hears only the gulls, whose cries seem to lament the departed trade.',
  'Upon the question of education the author is, perhaps, too sanguine; for although the schools have multiplied, it does not follow that learning has increased, whilst the habits of careful reading are, if anything, in decline.',
];
export const STYLE_AUTHOR_B = [
  'So we went to the lake. It was cold! Really cold. But the kids loved it, and honestly so did I. We stayed till dark and ate way too many snacks.',
  'Okay, the new phone is great. The camera is really good! Battery? Lasts all day. I dropped it twice already and it still works, so that is nice.',
  'My sister came over last night. We cooked pasta, watched a movie, and laughed a lot. It was a really fun evening! We should do it again soon.',
  'The bus was late again. Of course it was! I waited twenty minutes in the rain. Then two came at once. Classic. Anyway, I made it to work on time.',
];
export const STYLE_UNKNOWN = [
  'It must be admitted, upon a careful review of the evidence, that the harbour commission acted with prudence; whilst the expense was considerable, the town has been spared, for the present, the ruin which many had foretold.',
  'We tried the new café downtown. The coffee was really good! The cake? Meh. But the staff were super nice, so we will probably go back next week.',
  'Straße, Café und Ängste — 日本語の文章も少し。 Mixed text, really!',
];

const hex = (s) => Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, '0')).join('');
const num = (x) => x.toPrecision(17);

/** Every stylometry golden line, computed with the simkit module `s` (after init()). */
export function styleVectorLines(s) {
  const lines = [];
  const all = [...STYLE_AUTHOR_A, ...STYLE_AUTHOR_B, ...STYLE_UNKNOWN];
  for (const [ngramSize, top] of [
    [3, 5],
    [4, 3],
  ]) {
    for (const t of all) {
      const p = s.styleProfile(t, { ngramSize, top });
      const values = [
        p.words,
        p.sentences,
        p.punctuationMarks,
        p.charNgrams,
        p.meanSentenceLength,
        p.sdSentenceLength,
        p.meanWordLength,
        p.sdWordLength,
        p.typeTokenRatio,
        p.punctuationPerWord,
      ];
      const words = p.topWords.map((w) => `${hex(w.text)}=${w.count}`).join(',');
      lines.push(['style', 22, ngramSize, top, 0, hex(t), values.map(num).join(','), words].join('\t'));
    }
  }
  const training = [
    ...STYLE_AUTHOR_A.map((text) => ({ author: 'A', text })),
    ...STYLE_AUTHOR_B.map((text) => ({ author: 'B', text })),
  ];
  const trainHex = training.map((t) => hex(t.text)).join(':');
  const ids = training.map((t) => (t.author === 'A' ? 0 : 1)).join(',');
  ['burrows', 'eder', 'cosine'].forEach((method, m) => {
    for (const [mfw, aggregate] of [
      [30, 'centroid'],
      [100, 'nearest'],
    ]) {
      const model = new s.AuthorshipModel(training, { mfw, method, aggregate });
      for (const u of STYLE_UNKNOWN) {
        const r = model.attribute(u);
        const d = ['A', 'B'].map((a) => r.ranking.find((x) => x.author === a).distance);
        lines.push(
          ['delta', m, mfw, aggregate === 'centroid' ? 0 : 1, 0, trainHex, ids, hex(u), d.map(num).join(',')].join(
            '\t',
          ),
        );
      }
      model.dispose();
    }
  });
  const impostors = [...STYLE_AUTHOR_B, STYLE_UNKNOWN[2]];
  const METHOD_IDS = { cosine: 0, impostors: 1, combined: 2 };
  for (const [method, iterations, seed] of [
    ['impostors', 50, 7n],
    ['impostors', 100, 0n],
    ['cosine', 1, 0n],
    ['combined', 20, 0n],
  ]) {
    const v = new s.AuthorshipVerifier({ method, impostors, iterations, seed, impostorsPerIteration: 3 });
    for (const [known, unknown] of [
      [STYLE_AUTHOR_A.slice(0, 2), STYLE_UNKNOWN[0]],
      [STYLE_AUTHOR_A.slice(2), STYLE_UNKNOWN[1]],
      // Line breaks (CR LF too) reach the character models; an impostor that is a passage of
      // the unknown text (STYLE_UNKNOWN[2]) is left out.
      [[STYLE_AUTHOR_A.join('\r\n')], `${STYLE_UNKNOWN[0]}\n\n${STYLE_UNKNOWN[2]}`],
    ]) {
      const r = v.verify({ known, unknown });
      lines.push(
        [
          'impostors',
          iterations,
          seed.toString(16),
          METHOD_IDS[method],
          0,
          known.map(hex).join(':'),
          hex(unknown),
          impostors.map(hex).join(':'),
          [r.rawScore, r.similarity, ...(r.scores ? Object.values(r.scores) : [])].map(num).join(','),
        ].join('\t'),
      );
    }
    v.dispose();
  }
  return lines;
}
