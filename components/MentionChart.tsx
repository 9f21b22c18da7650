// Mentions over the articles' dates for the chosen entities, drawn with uPlot; a table with the same
// numbers follows for screen readers and keyboard users. Props only: no browser.* and no database.
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDate } from '../lib/ui/format';
import { useI18n } from '../lib/ui/i18n';
import type { Series } from '../lib/ui/series';

export interface MentionChartProps {
  series: Series;
  /** Name of each series, in the order of `series.values`. */
  names: readonly string[];
  width?: number;
  height?: number;
}

/** Distinguishable in light and dark, with an outline shape per series as well as the colour. */
export const SERIES_COLOURS = ['#d45d00', '#1f6fe5', '#0f9650', '#c4234a', '#7a4cd9', '#00838f'];

/** The canvas is drawn with colours, not CSS: follow the system's light or dark as it changes. */
function useDarkMode(): boolean {
  const [dark, setDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** Day and month for a range of weeks, month and year for longer ones. */
function tickLabels(ticks: number[], lang: 'de' | 'en'): string[] {
  const span = ticks.length > 1 ? ticks[ticks.length - 1]! - ticks[0]! : 0;
  const options: Intl.DateTimeFormatOptions = span > 120 * 86400 ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
  const format = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { ...options, timeZone: 'UTC' });
  return ticks.map((s) => format.format(new Date(s * 1000)));
}

export function MentionChart({ series, names, width = 720, height = 260 }: MentionChartProps) {
  const { t, lang } = useI18n();
  const holder = useRef<HTMLDivElement>(null);
  const dark = useDarkMode();

  useEffect(() => {
    const element = holder.current;
    if (!element || series.days.length === 0) return;
    const axis = { stroke: dark ? '#c9d1dd' : '#3b4452', grid: { stroke: dark ? '#333a48' : '#e3e7ee' }, ticks: { stroke: dark ? '#333a48' : '#e3e7ee' } };
    const plot = new uPlot(
      {
        width: element.clientWidth || width,
        height,
        // Room either side so the first and last day's dots are not cut by the frame.
        scales: { x: { time: true, range: (_u, min, max) => { const pad = Math.max(3 * 86400, (max - min) * 0.04); return [min - pad, max + pad]; } }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          { ...axis, space: 90, values: (_u, ticks) => tickLabels(ticks, lang) },
          // Whole mentions only.
          { ...axis, label: t('chart_mentions'), incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], values: (_u, ticks) => ticks.map((v) => String(v)) },
        ],
        series: [
          { value: (_u, v) => (v == null ? '' : formatDate(v * 1000, lang) ?? '') },
          ...names.map((name, i) => ({
            label: name,
            stroke: SERIES_COLOURS[i % SERIES_COLOURS.length],
            fill: SERIES_COLOURS[i % SERIES_COLOURS.length],
            // Dots, not lines: days with articles are often weeks apart, and a line would invent
            // the days between.
            paths: () => null,
            points: { show: true, size: 10, width: 2, fill: SERIES_COLOURS[i % SERIES_COLOURS.length] },
          })),
        ],
      },
      [series.days, ...series.values],
      element,
    );
    return () => plot.destroy();
  }, [series, names, width, height, lang, t, dark]);

  if (series.days.length === 0) return <p class="muted">{t('chart_empty')}</p>;
  return (
    <figure class="chart">
      <div ref={holder} class="chart-canvas" aria-hidden="true" />
      <figcaption class="visually-hidden">{t('chart_caption', names.join(', '))}</figcaption>
      <details class="chart-table">
        <summary>{t('chart_as_table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col_date')}</th>
              {names.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.days.map((day, row) => (
              <tr key={day}>
                <th scope="row">{formatDate(day * 1000, lang)}</th>
                {series.values.map((values, i) => (
                  <td key={i}>{values[row]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
