"use client";

import { useEffect, useRef } from "react";
import type { EChartsCoreOption, EChartsType } from "echarts/core";

declare global {
  interface Window {
    /** The dashboard's chart instances by name, so the data a chart holds can be read back (getOption()) and checked against the figures beside it. */
    dashboardCharts?: Record<string, EChartsType>;
  }
}

interface DashboardChartProps {
  name: string;
  option: EChartsCoreOption;
  /** Accessible name; the table beside the chart carries the same figures for screen readers. */
  label: string;
  height: number;
}

/** One ECharts chart, drawn on the client after the page has painted. */
export function DashboardChart({ name, option, label, height }: DashboardChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: EChartsType | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    void import("./echarts").then(({ echarts }) => {
      if (cancelled || !element.current) return;
      chart = echarts.init(element.current, undefined, { renderer: "canvas" });
      chart.setOption(option);
      window.dashboardCharts = { ...window.dashboardCharts, [name]: chart };
      element.current.dataset.ready = "true";
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(element.current);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.dispose();
      if (window.dashboardCharts) delete window.dashboardCharts[name];
    };
  }, [name, option]);
  return <div ref={element} role="img" aria-label={label} data-chart={name} style={{ height }} className="w-full" />;
}
