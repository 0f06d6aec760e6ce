export { extractRecords, extractMentions } from "./src/extract/index.ts";
