// Render only: the dashboard's data and wiring live in App.tsx.
import { render } from 'preact';
import '../../components/ui.css';
import '../../components/dashboard.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
