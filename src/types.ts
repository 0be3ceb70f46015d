/** A type with its `readonly` fields writable: for objects built field by field before they are handed out. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
