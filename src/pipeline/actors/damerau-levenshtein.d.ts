// The package ships no types; this is the part of its API the actor stage uses.
declare module 'damerau-levenshtein' {
  interface Distance {
    steps: number;
    relative: number;
    similarity: number;
  }
  export default function damerauLevenshtein(a: string, b: string, limit?: number): Distance;
}
