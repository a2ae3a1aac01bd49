"use client";

// A bar chart drawn by Recharts. It repeats the table printed under it (the accessible version):
// screen readers skip the drawing and read the table.
import { Bar, BarChart as RBarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** `color`: when the series has a meaning of its own (green means "Honoré" in the agenda). */
export type ChartSeries = { name: string; values: number[]; color?: string };
const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f"];
const fmt = new Intl.NumberFormat("fr-FR");

export function BarChart({ categories, series, stacked = false }: { categories: string[]; series: ChartSeries[]; stacked?: boolean }) {
  if (categories.length === 0) return null;
  const data = categories.map((label, i) => ({ label, ...Object.fromEntries(series.map((s, k) => [`s${k}`, s.values[i] ?? 0])) }));
  const height = Math.max(220, Math.min(480, 60 + categories.length * 28));
  return (
    <div aria-hidden="true" className="dashboard-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
        <RBarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => fmt.format(v)} />
          <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => fmt.format(Number(v))} />
          <Legend />
          {series.map((s, k) => (
            <Bar key={s.name} dataKey={`s${k}`} name={s.name} fill={s.color ?? COLORS[k % COLORS.length]} stackId={stacked ? "a" : undefined} isAnimationActive={false} />
          ))}
        </RBarChart>
      </ResponsiveContainer>
    </div>
  );
}
