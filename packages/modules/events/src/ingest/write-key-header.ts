/** The write key from `Authorization`: HTTP Basic with the key as user name (`key:`), or Bearer. */
export function writeKeyFromHeader(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value] = [authorization.slice(0, authorization.indexOf(' ')).toLowerCase(), authorization.slice(authorization.indexOf(' ') + 1).trim()];
  if (!value) return undefined;
  if (scheme === 'bearer') return value;
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
    return user || undefined;
  }
  return undefined;
}
