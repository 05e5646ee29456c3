// Documents of the scikit-learn TF-IDF fixture, and their simkit tokens (gen_tfidf_sklearn.py
// builds the expected cosines from these tokens with TfidfVectorizer).
export const DOCS = [
  'The quick brown fox jumps over the lazy dog.',
  'A quick brown dog outpaces a quick fox!',
  'Lazy dogs sleep all day; foxes hunt at night.',
  'Straße und Strasse: dieselbe Straße, zwei Schreibweisen.',
  'Café, café, CAFÉ — the same word three times.',
  '日本語のテキストと英語の text が混在する文書。',
  'Completely unrelated sentence about astronomy and distant galaxies.',
  'The dog and the fox are friends; the fox is quick and the dog is lazy.',
];
export const VARIANTS = [
  { smoothIdf: true, sublinearTf: false },
  { smoothIdf: false, sublinearTf: true },
  { smoothIdf: true, sublinearTf: true },
];
