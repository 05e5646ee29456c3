// Text files from a file picker or a drop: which files count as text, and drop targets that
// highlight while something is dragged over them.

/** .txt, .md and .text files, or anything the browser calls text/*. */
export function isTextFile(file) {
  return /\.(txt|md|text)$/i.test(file.name) || file.type.startsWith('text/');
}

/** The texts of the text files in `files`, in order (other files are left out). */
export function readTextFiles(files) {
  return Promise.all([...files].filter(isTextFile).map((f) => f.text()));
}

/** Makes `element` accept dropped files: `onFiles(fileList)` gets them. */
export function acceptDrops(element, onFiles) {
  element.addEventListener('dragover', (e) => { e.preventDefault(); element.classList.add('over'); });
  element.addEventListener('dragleave', () => element.classList.remove('over'));
  element.addEventListener('drop', (e) => {
    e.preventDefault();
    element.classList.remove('over');
    if (e.dataTransfer?.files.length) onFiles(e.dataTransfer.files);
  });
}
