import { Select } from 'antd';

/** The years a register is usually read for: this one and the four before. */
export function recentYears(now = new Date()): string[] {
  return Array.from({ length: 5 }, (_, i) => String(now.getFullYear() - i));
}

interface Props {
  label: string;
  value?: string;
  onChange: (year: string | undefined) => void;
  /** The option's words for a year ("2026年"). */
  labelOf: (year: string) => string;
  width?: number;
}

/** A register's year filter: this year and the four before, clearable. */
export function YearSelect({ label, value, onChange, labelOf, width = 120 }: Props) {
  return (
    <Select<string>
      aria-label={label}
      placeholder={label}
      allowClear
      value={value}
      onChange={onChange}
      options={recentYears().map((y) => ({ value: y, label: labelOf(y) }))}
      style={{ width }}
    />
  );
}
