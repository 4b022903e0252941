import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from '../overview/echarts';

// The Overview's echarts core plus what the content charts add (heatmap, its colour scale).
echarts.use([HeatmapChart, VisualMapComponent]);

export { echarts };
