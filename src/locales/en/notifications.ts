/** English notifications strings: the reference catalog every other language is checked against. */
export default {} as const;
