// The narrative (情况说明, 绩效 text) read as claims: numbers bound to what they talk about.
export { extractClaims, UNRESOLVED } from './claims.js';
export { joinParagraphs, sourceAt, type NarrativeParagraph } from './paragraphs.js';
export { sectionTopic, topicScope } from './topics.js';
