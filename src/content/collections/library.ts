/** Collections for the templates library and case studies (issue 5). */
export const libraryCollections = {};
