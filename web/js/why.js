// Puts the API's reasons for a hit ({word, match, field, text}) into German sentences:
// {word "Sprechstunde", match "compound_part", field "title", text "Bürgersprechstunde"} →
// „Sprechstunde“ ist Teil von „Bürgersprechstunde“ im Titel.
import {quoted} from './dom.js';

const fields = {
  title: 'im Titel',
  alias: 'in einem anderen Namen',
  tags: 'in den Schlagwörtern',
  body: 'im Text',
};

export function reasonText({word, match, field, text}) {
  const typed = quoted(word);
  if (match === 'none') return `${typed} kommt in diesem Eintrag nicht vor.`;
  if (field === 'anchors') {
    return `${typed} steht in den Texten anderer Einträge, die auf diesen Eintrag verweisen.`;
  }
  const where = fields[field] || '';
  const found = quoted(text);
  switch (match) {
    case 'word':
      return `${typed} steht ${where}: ${found}.`;
    case 'form':
      return `${typed} steht in anderer Form ${where}: ${found}.`;
    case 'compound_part':
      return `${typed} ist Teil des Wortes ${found} ${where}.`;
    case 'parts':
      return `Die Wortteile von ${typed} stehen ${where}: ${found}.`;
    case 'synonym':
      return `${typed} bedeutet dasselbe wie ${found} ${where} (Synonym).`;
    case 'correction':
      return `${typed} wurde zu ${found} korrigiert, ${where}.`;
    case 'completion':
      return `${typed} wurde beim Tippen zu ${found} ergänzt, ${where}.`;
    case 'compound':
      return `${typed} steckt im Wort ${found} ${where}.`;
    case 'head':
      return `${typed} ist eine Art von ${found} ${where}.`;
    default:
      return `${typed} passt zu ${found} ${where}.`;
  }
}
