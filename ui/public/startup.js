var t=window.__TAURI_INTERNALS__;if(t)window.__startupData=t.invoke("startup_data").catch(function(){return null});
