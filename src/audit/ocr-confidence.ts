// Numbers recognised by OCR from a scanned page carry a confidence; below this one they are not trusted silently:
// M-04 lists them for a person to check against the image, and a failed identity they take part in is reported as
// a probable misread (ocr-misread.ts).

/** Facts recognised with less confidence than this are doubtful. */
export const LOW_CONFIDENCE = 0.8;
