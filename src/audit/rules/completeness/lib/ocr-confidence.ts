// Numbers recognised by OCR from a scanned page carry a confidence; those read with low confidence are reported
// for a person to check against the image, not trusted silently. M-04 is an id of this module.

/** Facts recognised with less confidence than this are reported. */
export const LOW_CONFIDENCE = 0.8;
