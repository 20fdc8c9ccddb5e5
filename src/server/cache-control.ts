// How long browsers and CDNs may keep what the server sends (revalidated by ETag after that).
export const cacheControl = {
  page: 'public, max-age=300',
  asset: 'public, max-age=86400',
  /** A file whose address carries a hash of its content: a new content is a new address. */
  immutable: 'public, max-age=31536000, immutable',
} as const;
