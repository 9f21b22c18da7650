// Render only: the popup's data and wiring live in App.tsx.
import { render } from 'preact';
import '../../components/ui.css';
import '../../components/popup.css';
import { afterKnowledgeBase } from '@/lib/kb/load';
import { App } from './App';

// Names and facts come from the knowledge base, a file of the extension: render once it is read.
afterKnowledgeBase(() => render(<App />, document.getElementById('app')!));
