/** <option>s from a labels object (code → French label). */
export const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => <option key={value} value={value}>{label}</option>);
