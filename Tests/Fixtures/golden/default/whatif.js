// The what-if panel: a reader weighs an actor's preferences and bends its red lines, and the ranking below
// follows at once. It computes exactly what the report's evaluation does (Sources/AssayCore/Evaluation; the
// tests compare the two on thousands of random weights), from the JSON block each ranking carries. Without
// JavaScript the page is the published report; nothing here is needed to read it.
(function () {
  "use strict";
  var islands = document.querySelectorAll("script.whatif-data");
  if (!islands.length || !window.requestAnimationFrame || !window.history || !history.replaceState) { return; }

  // Scores closer than this are equal, as in the report (CompetitionRanking.tolerance).
  var TOLERANCE = 1e-9;
  var panels = [];

  // Numbers as the report prints them (Formatting.decimal): fixed places, halves rounded away from zero.
  function decimal(value, places) {
    if (!isFinite(value)) { return isNaN(value) ? "NaN" : (value < 0 ? "-∞" : "∞"); }
    places = places === undefined ? 2 : places;
    var factor = Math.pow(10, places);
    var scaled = Math.round(Math.abs(value) * factor);
    var whole = Math.trunc(scaled / factor);
    var fraction = scaled - whole * factor;
    var sign = value < 0 && scaled > 0 ? "-" : "";
    var digits = String(fraction);
    return sign + whole + "." + "0".repeat(Math.max(0, places - digits.length)) + digits;
  }

  function weightText(value) {
    return value === Math.round(value) && Math.abs(value) < 1e15 ? String(value) : decimal(value, 3);
  }

  // A bound for reading, not for computing: two decimals at most.
  function rounded(value) { return String(Number(value.toFixed(2))); }

  function byID(a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; }

  // One actor's ranking with the given weights (by preference, in data order) and bent red lines (a set of ids):
  // RankingEvaluator over the model WhatIfScenario makes, step for step and in the same order of operations,
  // so that every score is the same double.
  function evaluate(data, weights, bent) {
    var preferences = data.preferences.map(function (preference, index) {
      return { id: preference.id, title: preference.title, href: preference.href, weight: weights[index],
               min: preference.min, max: preference.max, value: function (option) { return option.values[index]; } };
    });
    var strongest = weights.length ? Math.max.apply(null, weights) : 1;
    var lines = [];
    data.redLines.forEach(function (line, index) {
      var crosses = function (option) { var value = option.crosses[index]; return value === undefined ? null : value; };
      if (bent.has(line.id)) {
        preferences.push({ id: line.id, title: line.title, href: line.href, weight: strongest, min: 0, max: 1,
                           value: function (option) { var c = crosses(option); return c === null ? null : (c ? 0 : 1); } });
      } else {
        lines.push({ id: line.id, title: line.title, href: line.href, crosses: crosses });
      }
    });
    preferences.sort(byID);
    var total = preferences.reduce(function (sum, preference) { return sum + preference.weight; }, 0);
    var scored = [], incomplete = [], vetoed = [];
    data.options.forEach(function (option) {
      var contributions = [], missing = [], gaps = [], crossed = [];
      lines.forEach(function (line) {
        var crosses = line.crosses(option);
        if (crosses === null) { gaps.push(line.id); } else if (crosses) { crossed.push(line); }
      });
      preferences.forEach(function (preference) {
        var value = preference.value(option);
        if (value === null || value === undefined) { missing.push(preference); gaps.push(preference.id); return; }
        contributions.push({ preference: preference, contribution: preference.weight * value / total });
      });
      gaps.sort();
      if (crossed.length) {
        vetoed.push({ option: option, redLines: crossed });
      } else if (gaps.length) {
        var known = contributions.reduce(function (sum, c) { return sum + c.contribution; }, 0);
        var missingShare = missing.reduce(function (sum, p) { return sum + p.weight; }, 0) / (total > 0 ? total : 1);
        incomplete.push({ option: option, missing: missing, gaps: gaps, bounds: preferences.length ? [
          known + missingShare * meanExtreme(missing, true), known + missingShare * meanExtreme(missing, false)] : null });
      } else {
        var score = preferences.length ? contributions.reduce(function (sum, c) { return sum + c.contribution; }, 0) : null;
        scored.push({ option: option, score: score, contributions: contributions });
      }
    });
    scored.sort(function (a, b) {
      var x = a.score || 0, y = b.score || 0;
      if (Math.abs(x - y) > TOLERANCE) { return x > y ? -1 : 1; }
      return byID(a.option, b.option);
    });
    scored.forEach(function (entry, position) {
      var previous = scored[position - 1];
      entry.rank = previous && Math.abs((previous.score || 0) - (entry.score || 0)) <= TOLERANCE ? previous.rank : position + 1;
    });
    return { preferences: preferences, ranked: scored, incomplete: incomplete, vetoed: vetoed };
  }

  // The sum over missing preferences of their share of the missing weight at their worst (or best) level.
  function meanExtreme(missing, floor) {
    var total = missing.reduce(function (sum, p) { return sum + p.weight; }, 0);
    if (!(total > 0)) { return 0; }
    return missing.reduce(function (sum, p) { return sum + p.weight / total * (floor ? p.min : p.max); }, 0);
  }

  // DOM helpers: every text goes in as text, never as markup.
  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svgElement(tag, attributes, title) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (title) { var t = document.createElementNS(SVG, "title"); t.textContent = title; node.appendChild(t); }
    return node;
  }

  // The score bar, as the report draws it (ReportCharts.stackedBar).
  function bar(entry, tones) {
    var label = "score " + decimal(entry.score) + " of 1: " + entry.contributions.map(function (c) {
      return c.preference.title + " " + decimal(c.contribution);
    }).join(", ");
    var svg = svgElement("svg", { "class": "chart bar-chart", viewBox: "0 0 100 14", preserveAspectRatio: "none", role: "img",
                                  "aria-label": label, focusable: "false" });
    svg.appendChild(svgElement("rect", { "class": "track", x: "0", y: "0", width: "100", height: "14" }));
    var x = 0;
    entry.contributions.forEach(function (c) {
      if (!(c.contribution > 0)) { return; }
      var width = Math.max(0, Math.min(100 - x, c.contribution * 100));
      svg.appendChild(svgElement("rect", { "class": tones[c.preference.id], x: decimal(x), y: "0", width: decimal(width), height: "14" },
                                 c.preference.title + ": " + decimal(c.contribution)));
      x += width;
    });
    return svg;
  }

  // What follows item `index` of `count` in a sentence, as the templates write lists: "A", "A and B", "A, B and C".
  function separator(index, count) {
    return index === count - 1 ? "" : index === count - 2 ? " and " : ", ";
  }

  function link(root, href, text, className) {
    var a = element("a", { href: root + href }, [text]);
    if (className) { a.className = className; }
    return a;
  }

  // The ranking's lists as the report's template writes them, for a computed result.
  function renderResults(panel, result) {
    var root = panel.root, nodes = [];
    // A large report's ranking shows only its leading entries; the panel does the same.
    var shown = function (list) { return panel.limit ? list.slice(0, panel.limit) : list; };
    var more = function (list, what) {
      if (panel.limit && list.length > panel.limit) {
        nodes.push(element("p", { "class": "more" }, ["and " + (list.length - panel.limit) + " more " + what + "."]));
      }
    };
    var tones = {};
    result.preferences.forEach(function (p, index) { tones[p.id] = "tone-" + (index % 6); });
    if (result.ranked.length) {
      nodes.push(element("ol", { "class": "ranked" }, shown(result.ranked).map(function (entry) {
        var item = element("li", { "class": "ranked-option" }, [
          element("span", { "class": "rank", title: "rank" }, [String(entry.rank)]), " ",
          link(root, entry.option.href, entry.option.title, "option-title")]);
        if (entry.score !== null) {
          item.append(" ", element("span", { "class": "score" }, [decimal(entry.score)]), " ",
                      element("span", { "class": "bar" }, [bar(entry, tones)]));
        }
        return item;
      })));
      more(result.ranked, "ranked options");
      if (result.preferences.length) {
        var legend = element("p", { "class": "legend" }, ["Bar segments show each preference's contribution to the score: "]);
        result.preferences.forEach(function (p) {
          legend.append(element("span", { "class": "legend-item" }, [
            element("span", { "class": "key " + tones[p.id], "aria-hidden": "true" }), link(root, p.href, p.title),
            " (weight " + weightText(p.weight) + ")"]), " ");
        });
        nodes.push(legend);
      }
    }
    if (result.incomplete.length) {
      nodes.push(element("h4", {}, ["Not scored: assessments are missing"]));
      nodes.push(element("ul", { "class": "incomplete" }, shown(result.incomplete).map(function (entry) {
        var range = entry.bounds ? decimal(entry.bounds[0]) + "–" + decimal(entry.bounds[1]) : "unknown";
        var item = element("li", { "data-range": range }, [link(root, entry.option.href, entry.option.title),
                                                           ": its score could lie anywhere in " + range + "; missing: "]);
        entry.gaps.forEach(function (id, index) {
          var criterion = panel.criteria[id];
          item.append(link(root, criterion.href, criterion.title), separator(index, entry.gaps.length));
        });
        return item;
      })));
      more(result.incomplete, "that cannot be scored");
    }
    if (result.vetoed.length) {
      nodes.push(element("h4", {}, ["Unacceptable: crosses a red line"]));
      nodes.push(element("ul", { "class": "vetoed" }, shown(result.vetoed).map(function (entry) {
        var ids = entry.redLines.map(function (line) { return line.id; }).join(" ");
        // The published item, with its quotes, when the option is vetoed for the same reasons.
        var published = panel.vetoedItems[entry.option.id];
        if (published && published.ids === ids) { return published.node.cloneNode(true); }
        var item = element("li", {}, [link(root, entry.option.href, entry.option.title), " crosses "]);
        entry.redLines.forEach(function (line, index) {
          item.append(link(root, line.href, line.title, "red-line"), separator(index, entry.redLines.length));
        });
        return item;
      })));
      more(result.vetoed, "that cross a red line");
    }
    panel.results.replaceChildren.apply(panel.results, nodes);
  }

  // The panel's state in the address: #whatif=ACTOR;ID=WEIGHT;…;~bend=ID,ID
  function encodeState(panel) {
    var pair = function (key, value) { return encodeURIComponent(key) + "=" + encodeURIComponent(value); };
    var parts = [encodeURIComponent(panel.data.actor)];
    panel.data.preferences.forEach(function (p, index) { parts.push(pair(p.id, String(panel.weights[index]))); });
    var bent = Array.from(panel.bent).sort();
    if (bent.length) { parts.push(pair("~bend", bent.join(","))); }
    return "#whatif=" + parts.join(";");
  }

  function decodeState(hash) {
    if (hash.indexOf("#whatif=") !== 0) { return null; }
    var decode = function (text) { try { return decodeURIComponent(text); } catch (error) { return ""; } };
    var parts = hash.slice(8).split(";");
    var state = { actor: decode(parts[0]), weights: {}, bent: [] };
    parts.slice(1).forEach(function (part) {
      var equals = part.indexOf("=");
      if (equals < 0) { return; }
      var key = decode(part.slice(0, equals)), value = decode(part.slice(equals + 1));
      // "~" cannot start an id, so no preference's weight can be taken for the bent red lines.
      if (key === "~bend") { state.bent = value.split(",").filter(Boolean); return; }
      var weight = Number(value);
      if (value !== "" && isFinite(weight) && weight >= 0) { state.weights[key] = weight; }
    });
    return state;
  }

  function isPublished(panel) {
    return panel.bent.size === 0 && panel.data.preferences.every(function (p, index) { return panel.weights[index] === p.weight; });
  }

  // Applies the state to the page within one animation frame, however many inputs arrived since the last.
  function schedule(panel, updateAddress) {
    panel.updateAddress = panel.updateAddress || updateAddress;
    if (panel.pending) { return; }
    panel.pending = true;
    requestAnimationFrame(function () {
      panel.pending = false;
      apply(panel);
      if (panel.updateAddress) {
        panel.updateAddress = false;
        var address = location.pathname + location.search;
        history.replaceState(null, "", isPublished(panel) || panel.unrankable ? address : address + encodeState(panel));
      }
    });
  }

  function apply(panel) {
    var published = isPublished(panel);
    panel.controls.forEach(function (control, index) {
      var weight = panel.weights[index];
      control.output.textContent = String(Number(weight.toFixed(3)));
      control.input.value = String(weight);
      var p = panel.data.preferences[index];
      var outside = (p.stableFrom !== undefined && weight < p.stableFrom - TOLERANCE)
        || (p.stableTo !== undefined && p.stableTo !== null && weight > p.stableTo + TOLERANCE);
      control.row.classList.toggle("whatif-outside", Boolean(outside));
      control.state.textContent = outside ? "— this weight is outside it" : "";
    });
    panel.switches.forEach(function (input) { input.checked = panel.bent.has(input.value); });
    var total = panel.weights.reduce(function (sum, w) { return sum + w; }, 0);
    // With every weight at 0 there is nothing to rank by: say so where the ranking was, and keep no link to it.
    panel.unrankable = panel.weights.length > 0 && !(total > 0);
    panel.banner.hidden = published || panel.unrankable;
    if (panel.unrankable) {
      var message = "Every weight is 0, so nothing can be ranked: give at least one preference a weight above 0.";
      panel.results.replaceChildren(element("p", { "class": "whatif-empty" }, [message]));
      panel.status.textContent = message;
      panel.lastOrder = null;
      return;
    }
    if (published) {
      panel.results.replaceChildren.apply(panel.results, panel.original.map(function (node) { return node.cloneNode(true); }));
    } else {
      renderResults(panel, evaluate(panel.data, panel.weights, panel.bent));
    }
    var order = Array.from(panel.results.querySelectorAll("ol.ranked .option-title")).map(function (a) { return a.textContent; });
    var announced = order.join(", ");
    if (announced !== panel.lastOrder) {
      panel.status.textContent = !order.length ? "No option can be ranked."
        : (panel.results.querySelector(".acceptable") ? "Acceptable: " : "New order: ") + announced + ".";
      panel.lastOrder = announced;
    }
  }

  // A slider's range: up to twice the largest published weight, in steps of 1, 2 or 5 times a power of ten.
  function sliderScale(preferences) {
    var largest = Math.max.apply(null, preferences.map(function (p) { return p.weight; }).concat([1e-9]));
    var max = largest * 2;
    var raw = max / 100, power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (s) { return s >= raw; })[0];
    return { max: Math.ceil(max / step) * step, step: step, places: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
  }

  function build(island, number) {
    var data;
    try { data = JSON.parse(island.textContent); } catch (error) { return; }
    var section = island.closest("section.ranking");
    var results = section && section.querySelector(".ranking-results");
    if (!results || (!data.preferences.length && !data.redLines.length)) { return; }
    var panel = { data: data, root: island.getAttribute("data-root") || "", results: results, controls: [], switches: [],
                  weights: data.preferences.map(function (p) { return p.weight; }), bent: new Set(), criteria: {},
                  original: Array.from(results.childNodes).map(function (node) { return node.cloneNode(true); }), vetoedItems: {},
                  limit: parseInt(island.getAttribute("data-limit"), 10) || 0 };
    data.preferences.concat(data.redLines).forEach(function (c) { panel.criteria[c.id] = c; });
    var vetoedList = results.querySelector("ul.vetoed");
    if (vetoedList) {
      Array.from(vetoedList.children).forEach(function (item) {
        var option = item.querySelector("a");
        var lines = Array.from(item.querySelectorAll("a.red-line")).map(function (a) { return a.getAttribute("href").split("/").pop().replace(/\.html$/, ""); });
        var match = data.options.filter(function (o) { return option && option.getAttribute("href") === panel.root + o.href; })[0];
        if (match) { panel.vetoedItems[match.id] = { ids: lines.join(" "), node: item.cloneNode(true) }; }
      });
    }
    var id = "whatif-" + number;
    var scale = sliderScale(data.preferences);
    var body = element("div", { "class": "whatif-body" });
    body.append(element("p", { "class": "whatif-help" }, [
      data.preferences.length ? "Try your own weights: the ranking below follows as you move them. The shaded part of each slider is where the "
      + "published ranking holds while the other weights stay as published. The link in the address bar keeps your weights."
      : "Try bending a red line: switch it to treat it as a preference instead of a veto, and see which options it alone "
      + "keeps out. The link in the address bar keeps your choice."]));
    if (data.preferences.length) {
      var weights = element("fieldset", {}, [element("legend", {}, ["Preference weights"])]);
      data.preferences.forEach(function (p, index) {
        var inputID = id + "-weight-" + index;
        var input = element("input", { type: "range", id: inputID, min: "0", max: String(scale.max), step: String(scale.step),
                                        value: String(p.weight), "aria-describedby": inputID + "-note" });
        var output = element("output", { "for": inputID, "class": "whatif-value" });
        var from = p.stableFrom === undefined ? 0 : p.stableFrom;
        var to = p.stableTo === undefined || p.stableTo === null ? scale.max : Math.min(p.stableTo, scale.max);
        // Drawn in SVG, positioned by attributes: the pages' policy allows no inline style.
        var band = svgElement("svg", { "class": "whatif-band", viewBox: "0 0 100 2", preserveAspectRatio: "none", "aria-hidden": "true",
                                       focusable: "false" });
        band.appendChild(svgElement("rect", { x: String(100 * from / scale.max), y: "0", height: "2", rx: "0.5",
                                              width: String(Math.max(0.5, 100 * (to - from) / scale.max)) }));
        var holds = p.stableFrom === undefined ? "its share of the total cannot move while the other weights stay as published"
          : "the published ranking holds from " + rounded(from) + " to " + (p.stableTo === undefined || p.stableTo === null ? "any weight" : rounded(p.stableTo));
        var state = element("span", { "class": "whatif-state" });
        var row = element("div", { "class": "whatif-weight" }, [
          element("label", { "for": inputID }, [p.title]), " ", output,
          element("span", { "class": "whatif-slider" }, [band, input]),
          element("span", { "class": "whatif-note", id: inputID + "-note" }, [holds, " ", state])]);
        input.addEventListener("input", function () {
          var value = Number(input.value);
          panel.weights[index] = Number(value.toFixed(scale.places));
          schedule(panel, true);
        });
        panel.controls.push({ input: input, output: output, row: row, state: state });
        weights.append(row);
      });
      body.append(weights);
    }
    if (data.redLines.length) {
      var lines = element("fieldset", {}, [element("legend", {}, ["Red lines"])]);
      data.redLines.forEach(function (line) {
        var input = element("input", { type: "checkbox", value: line.id });
        input.addEventListener("change", function () {
          if (input.checked) { panel.bent.add(line.id); } else { panel.bent.delete(line.id); }
          schedule(panel, true);
        });
        panel.switches.push(input);
        lines.append(element("label", { "class": "whatif-bend" }, [input, " Bend “" + line.title
          + "”: a preference with the largest weight instead of a veto"]));
      });
      body.append(lines);
    }
    var reset = element("button", { type: "button", "class": "whatif-reset" }, ["Reset to the analyst's weights"]);
    reset.addEventListener("click", function () { restore(panel); schedule(panel, true); });
    body.append(element("p", {}, [reset]));
    panel.status = element("p", { "class": "visually-hidden", role: "status", "aria-live": "polite" });
    body.append(panel.status);
    panel.details = element("details", { "class": "whatif", id: id }, [element("summary", {}, ["What if? Weigh it yourself"]), body]);
    if (document.body.classList.contains("page-actor")) { panel.details.open = true; }
    var back = element("a", { href: location.pathname + location.search }, ["Back to the analyst's weights"]);
    back.addEventListener("click", function (event) { event.preventDefault(); restore(panel); schedule(panel, true); });
    panel.banner = element("p", { "class": "whatif-banner", hidden: "" }, [
      element("strong", {}, ["Your weights, not the analyst's:"]), " this ranking is computed with the weights and red lines you chose. ", back]);
    results.before(panel.details, panel.banner);
    panel.lastOrder = Array.from(results.querySelectorAll("ol.ranked .option-title")).map(function (a) { return a.textContent; }).join(", ");
    panels.push(panel);
    apply(panel);
  }

  function restore(panel) {
    panel.weights = panel.data.preferences.map(function (p) { return p.weight; });
    panel.bent = new Set();
  }

  // A shared link: the panel of its actor takes the weights and bent red lines it names.
  function follow(hash) {
    var state = decodeState(hash);
    if (!state) { return; }
    panels.forEach(function (panel) {
      if (panel.data.actor !== state.actor) { return; }
      panel.weights = panel.data.preferences.map(function (p) {
        return Object.prototype.hasOwnProperty.call(state.weights, p.id) ? state.weights[p.id] : p.weight;
      });
      panel.bent = new Set(state.bent.filter(function (id) { return panel.criteria[id] && panel.data.redLines.indexOf(panel.criteria[id]) >= 0; }));
      panel.details.open = true;
      schedule(panel, false);
      panel.details.scrollIntoView();
    });
  }

  Array.prototype.forEach.call(islands, build);
  follow(location.hash);
  window.addEventListener("hashchange", function () { follow(location.hash); });
})();
