// Minimal `--flag value` parsing for the generator scripts.

export function cliArgs(argv: string[], tool: string) {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const integer = (flag: string, fallback: number): number => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${tool}: ${flag} must be a non-negative integer, got "${raw}"`);
    return n;
  };
  return { value, integer };
}
