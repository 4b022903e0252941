/**
 * The only event property keys an anonymised event keeps (top level, and only when the value is a
 * number, a boolean or a string of at most ANONYMOUS_STRING_MAX characters). Everything else is
 * dropped: `$user_id`, `$anonymous_id`, `$distinct_id`, `$device_id`, `$traits`, `$set`,
 * `$set_once`, `$context` (IP, user agent, locale, page URL …), `$ip`, `$current_url`, e-mail,
 * phone, names, free text such as comments, order ids, coupon codes — and any key not listed here.
 * The list is deliberately short: call type and SDK, and commerce amounts and product ids, so
 * revenue and product reports still add up after an erasure.
 */
export const ANONYMOUS_PROPERTY_KEYS: readonly string[] = [
  // how the event was sent
  '$type', '$lib', '$lib_version', '$category',
  // commerce amounts
  'amount', 'revenue', 'price', 'total', 'value', 'quantity', 'currency', 'discount', 'tax', 'shipping',
  // what was bought or viewed (catalogue ids, not people)
  'product_id', 'productId', 'sku', 'category', 'mediaKind', 'media_kind',
];

/** Longest string value an anonymised event keeps under an allowed key. */
export const ANONYMOUS_STRING_MAX = 100;

/** Added to every anonymised event's properties, so reports can tell them apart. */
export const ANONYMISED_MARK = '$anonymised';
