/**
 * Every match of a global expression, as `matchAll` finds them, without the copy of the
 * expression `matchAll` makes on every call (these run on every sentence).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole code point with the u flag).
    if (m[0] === '') {
      const i = re.lastIndex;
      const pair = re.unicode && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      re.lastIndex = i + (pair ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return out;
}
