/**
 * uPlot, loaded safely. When its module loads, uPlot formats numbers with
 * `new Intl.NumberFormat(navigator.language)`, and WebKitGTK reports the POSIX locale of a
 * `LANG=C` session as "C", which Intl refuses with a RangeError — so the whole app would fail to
 * start. The guard below runs first (imports evaluate in order) and, only for such a tag, gives
 * `navigator` a `language` Intl accepts. Import uPlot from here, never from "uplot" directly.
 *
 * The app's build leaves out uPlot's unused extras (vite.config.ts): `uPlot.join`, the stepped,
 * bars and spline path builders, and the styles of the legend and the title (charts hide both).
 */
import "./localeGuard";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export default uPlot;
