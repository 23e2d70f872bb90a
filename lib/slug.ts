/**
 * Ids and slugs are kebab-case so they are safe in URLs, anchors and storage keys. The content
 * schema, URL parameters and stored records all check against this one pattern.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
