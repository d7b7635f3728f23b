/** Archives larger than this are not opened (bytes): they are read into memory whole. Its own file, so the page's wording can name it without loading the zip reader. */
export const MAX_ZIP_BYTES = 256 * 1024 * 1024;
