// The API counts text positions in UTF-8 bytes (Contract 2); JavaScript strings count UTF-16
// units. This maps one onto the other for a given text.

// Returns a function byte offset → string index. Offsets inside a character map to its start.
export function byteToIndex(text) {
  const indexAt = [];
  let index = 0;
  for (const character of text) {
    const code = character.codePointAt(0);
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let i = 0; i < bytes; i += 1) indexAt.push(index);
    index += character.length;
  }
  indexAt.push(index);
  return (offset) => indexAt[Math.max(0, Math.min(offset, indexAt.length - 1))];
}
