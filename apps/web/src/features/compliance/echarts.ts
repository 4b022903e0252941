import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { echarts } from '../overview/echarts';

// The Overview's echarts core plus the target band and lines of the violation-rate chart.
echarts.use([MarkAreaComponent, MarkLineComponent]);

export { echarts };
