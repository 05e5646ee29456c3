var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// ../node_modules/simkit/dist/simkit-noeval.mjs
var createSimkitModule = (() => {
  var _scriptDir = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : void 0;
  return (function(createSimkitModule2) {
    createSimkitModule2 = createSimkitModule2 || {};
    var Module = typeof createSimkitModule2 != "undefined" ? createSimkitModule2 : {};
    var readyPromiseResolve, readyPromiseReject;
    Module["ready"] = new Promise(function(resolve, reject) {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof importScripts == "function";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
    var scriptDirectory = "";
    function locateFile(path) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path, scriptDirectory);
      }
      return scriptDirectory + path;
    }
    __name(locateFile, "locateFile");
    var read_, readAsync, readBinary, setWindowTitle;
    if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptDir) {
        scriptDirectory = _scriptDir;
      }
      if (scriptDirectory.indexOf("blob:") !== 0) {
        scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      } else {
        scriptDirectory = "";
      }
      {
        read_ = /* @__PURE__ */ __name(((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.send(null);
          return xhr.responseText;
        }), "read_");
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name(((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(xhr.response);
          }), "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(((url, onload, onerror) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, true);
          xhr.responseType = "arraybuffer";
          xhr.onload = (() => {
            if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
              onload(xhr.response);
              return;
            }
            onerror();
          });
          xhr.onerror = onerror;
          xhr.send(null);
        }), "readAsync");
      }
      setWindowTitle = /* @__PURE__ */ __name(((title) => document.title = title), "setWindowTitle");
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.warn.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    var wasmBinary;
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (typeof WebAssembly != "object") {
      abort("no native wasm support detected");
    }
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var UTF8Decoder = new TextDecoder("utf8");
    function UTF8ToString(ptr, maxBytesToRead) {
      ptr >>>= 0;
      if (!ptr) return "";
      var maxPtr = ptr + maxBytesToRead;
      for (var end = ptr; !(end >= maxPtr) && HEAPU8[end >>> 0]; ) ++end;
      return UTF8Decoder.decode(HEAPU8.subarray(ptr >>> 0, end >>> 0));
    }
    __name(UTF8ToString, "UTF8ToString");
    function stringToUTF8Array(str, heap, outIdx, maxBytesToWrite) {
      outIdx >>>= 0;
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i = 0; i < str.length; ++i) {
        var u = str.charCodeAt(i);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++ >>> 0] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++ >>> 0] = 192 | u >> 6;
          heap[outIdx++ >>> 0] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++ >>> 0] = 224 | u >> 12;
          heap[outIdx++ >>> 0] = 128 | u >> 6 & 63;
          heap[outIdx++ >>> 0] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++ >>> 0] = 240 | u >> 18;
          heap[outIdx++ >>> 0] = 128 | u >> 12 & 63;
          heap[outIdx++ >>> 0] = 128 | u >> 6 & 63;
          heap[outIdx++ >>> 0] = 128 | u & 63;
        }
      }
      heap[outIdx >>> 0] = 0;
      return outIdx - startIdx;
    }
    __name(stringToUTF8Array, "stringToUTF8Array");
    function stringToUTF8(str, outPtr, maxBytesToWrite) {
      return stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
    }
    __name(stringToUTF8, "stringToUTF8");
    function lengthBytesUTF8(str) {
      var len = 0;
      for (var i = 0; i < str.length; ++i) {
        var u = str.charCodeAt(i);
        if (u >= 55296 && u <= 57343) u = 65536 + ((u & 1023) << 10) | str.charCodeAt(++i) & 1023;
        if (u <= 127) ++len;
        else if (u <= 2047) len += 2;
        else if (u <= 65535) len += 3;
        else len += 4;
      }
      return len;
    }
    __name(lengthBytesUTF8, "lengthBytesUTF8");
    var UTF16Decoder = new TextDecoder("utf-16le");
    function UTF16ToString(ptr, maxBytesToRead) {
      var endPtr = ptr;
      var idx = endPtr >> 1;
      var maxIdx = idx + maxBytesToRead / 2;
      while (!(idx >= maxIdx) && HEAPU16[idx >>> 0]) ++idx;
      endPtr = idx << 1;
      return UTF16Decoder.decode(HEAPU8.subarray(ptr >>> 0, endPtr >>> 0));
      var str = "";
      for (var i = 0; !(i >= maxBytesToRead / 2); ++i) {
        var codeUnit = HEAP16[ptr + i * 2 >>> 1];
        if (codeUnit == 0) break;
        str += String.fromCharCode(codeUnit);
      }
      return str;
    }
    __name(UTF16ToString, "UTF16ToString");
    function stringToUTF16(str, outPtr, maxBytesToWrite) {
      if (maxBytesToWrite === void 0) {
        maxBytesToWrite = 2147483647;
      }
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i = 0; i < numCharsToWrite; ++i) {
        var codeUnit = str.charCodeAt(i);
        HEAP16[outPtr >>> 1] = codeUnit;
        outPtr += 2;
      }
      HEAP16[outPtr >>> 1] = 0;
      return outPtr - startPtr;
    }
    __name(stringToUTF16, "stringToUTF16");
    function lengthBytesUTF16(str) {
      return str.length * 2;
    }
    __name(lengthBytesUTF16, "lengthBytesUTF16");
    function UTF32ToString(ptr, maxBytesToRead) {
      var i = 0;
      var str = "";
      while (!(i >= maxBytesToRead / 4)) {
        var utf32 = HEAP32[ptr + i * 4 >>> 2];
        if (utf32 == 0) break;
        ++i;
        if (utf32 >= 65536) {
          var ch = utf32 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        } else {
          str += String.fromCharCode(utf32);
        }
      }
      return str;
    }
    __name(UTF32ToString, "UTF32ToString");
    function stringToUTF32(str, outPtr, maxBytesToWrite) {
      outPtr >>>= 0;
      if (maxBytesToWrite === void 0) {
        maxBytesToWrite = 2147483647;
      }
      if (maxBytesToWrite < 4) return 0;
      var startPtr = outPtr;
      var endPtr = startPtr + maxBytesToWrite - 4;
      for (var i = 0; i < str.length; ++i) {
        var codeUnit = str.charCodeAt(i);
        if (codeUnit >= 55296 && codeUnit <= 57343) {
          var trailSurrogate = str.charCodeAt(++i);
          codeUnit = 65536 + ((codeUnit & 1023) << 10) | trailSurrogate & 1023;
        }
        HEAP32[outPtr >>> 2] = codeUnit;
        outPtr += 4;
        if (outPtr + 4 > endPtr) break;
      }
      HEAP32[outPtr >>> 2] = 0;
      return outPtr - startPtr;
    }
    __name(stringToUTF32, "stringToUTF32");
    function lengthBytesUTF32(str) {
      var len = 0;
      for (var i = 0; i < str.length; ++i) {
        var codeUnit = str.charCodeAt(i);
        if (codeUnit >= 55296 && codeUnit <= 57343) ++i;
        len += 4;
      }
      return len;
    }
    __name(lengthBytesUTF32, "lengthBytesUTF32");
    var buffer, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
    function updateGlobalBufferAndViews(buf) {
      buffer = buf;
      Module["HEAP8"] = HEAP8 = new Int8Array(buf);
      Module["HEAP16"] = HEAP16 = new Int16Array(buf);
      Module["HEAP32"] = HEAP32 = new Int32Array(buf);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(buf);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(buf);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(buf);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(buf);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(buf);
    }
    __name(updateGlobalBufferAndViews, "updateGlobalBufferAndViews");
    var wasmTable;
    var __ATPRERUN__ = [];
    var __ATINIT__ = [];
    var __ATPOSTRUN__ = [];
    var runtimeInitialized = false;
    function preRun() {
      callRuntimeCallbacks(__ATPRERUN__);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__ATINIT__);
    }
    __name(initRuntime, "initRuntime");
    function postRun() {
      callRuntimeCallbacks(__ATPOSTRUN__);
    }
    __name(postRun, "postRun");
    function addOnInit(cb) {
      __ATINIT__.unshift(cb);
    }
    __name(addOnInit, "addOnInit");
    var runDependencies = 0;
    var runDependencyWatcher = null;
    var dependenciesFulfilled = null;
    function addRunDependency(id) {
      runDependencies++;
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      if (runDependencies == 0) {
        if (runDependencyWatcher !== null) {
          clearInterval(runDependencyWatcher);
          runDependencyWatcher = null;
        }
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    Module["preloadedImages"] = {};
    Module["preloadedAudios"] = {};
    function abort(what) {
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      EXITSTATUS = 1;
      what += ". Build with -s ASSERTIONS=1 for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var dataURIPrefix = "data:application/octet-stream;base64,";
    function isDataURI(filename) {
      return filename.startsWith(dataURIPrefix);
    }
    __name(isDataURI, "isDataURI");
    var wasmBinaryFile;
    wasmBinaryFile = "simkit-noeval.wasm";
    if (!isDataURI(wasmBinaryFile)) {
      wasmBinaryFile = locateFile(wasmBinaryFile);
    }
    function getBinary(file) {
      try {
        if (file == wasmBinaryFile && wasmBinary) {
          return new Uint8Array(wasmBinary);
        }
        if (readBinary) {
          return readBinary(file);
        } else {
          throw "both async and sync fetching of the wasm failed";
        }
      } catch (err2) {
        abort(err2);
      }
    }
    __name(getBinary, "getBinary");
    function getBinaryPromise() {
      if (!wasmBinary && (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER)) {
        if (typeof fetch == "function") {
          return fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
            if (!response["ok"]) {
              throw "failed to load wasm binary file at '" + wasmBinaryFile + "'";
            }
            return response["arrayBuffer"]();
          }).catch(function() {
            return getBinary(wasmBinaryFile);
          });
        }
      }
      return Promise.resolve().then(function() {
        return getBinary(wasmBinaryFile);
      });
    }
    __name(getBinaryPromise, "getBinaryPromise");
    function createWasm() {
      var info = { "a": asmLibraryArg };
      function receiveInstance(instance2, module) {
        var exports2 = instance2.exports;
        Module["asm"] = exports2;
        wasmMemory = Module["asm"]["q"];
        updateGlobalBufferAndViews(wasmMemory.buffer);
        wasmTable = Module["asm"]["s"];
        addOnInit(Module["asm"]["r"]);
        removeRunDependency("wasm-instantiate");
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result) {
        receiveInstance(result["instance"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      function instantiateArrayBuffer(receiver) {
        return getBinaryPromise().then(function(binary) {
          return WebAssembly.instantiate(binary, info);
        }).then(function(instance2) {
          return instance2;
        }).then(receiver, function(reason) {
          err("failed to asynchronously prepare wasm: " + reason);
          abort(reason);
        });
      }
      __name(instantiateArrayBuffer, "instantiateArrayBuffer");
      function instantiateAsync() {
        if (!wasmBinary && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(wasmBinaryFile) && typeof fetch == "function") {
          return fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
            var result = WebAssembly.instantiateStreaming(response, info);
            return result.then(receiveInstantiationResult, function(reason) {
              err("wasm streaming compile failed: " + reason);
              err("falling back to ArrayBuffer instantiation");
              return instantiateArrayBuffer(receiveInstantiationResult);
            });
          });
        } else {
          return instantiateArrayBuffer(receiveInstantiationResult);
        }
      }
      __name(instantiateAsync, "instantiateAsync");
      if (Module["instantiateWasm"]) {
        try {
          var exports = Module["instantiateWasm"](info, receiveInstance);
          return exports;
        } catch (e) {
          err("Module.instantiateWasm callback failed with error: " + e);
          return false;
        }
      }
      instantiateAsync().catch(readyPromiseReject);
      return {};
    }
    __name(createWasm, "createWasm");
    function callRuntimeCallbacks(callbacks) {
      while (callbacks.length > 0) {
        var callback = callbacks.shift();
        if (typeof callback == "function") {
          callback(Module);
          continue;
        }
        var func = callback.func;
        if (typeof func == "number") {
          if (callback.arg === void 0) {
            getWasmTableEntry(func)();
          } else {
            getWasmTableEntry(func)(callback.arg);
          }
        } else {
          func(callback.arg === void 0 ? null : callback.arg);
        }
      }
    }
    __name(callRuntimeCallbacks, "callRuntimeCallbacks");
    var wasmTableMirror = [];
    function getWasmTableEntry(funcPtr) {
      var func = wasmTableMirror[funcPtr];
      if (!func) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
      }
      return func;
    }
    __name(getWasmTableEntry, "getWasmTableEntry");
    function __embind_register_bigint(primitiveType, name, size, minRange, maxRange) {
    }
    __name(__embind_register_bigint, "__embind_register_bigint");
    function getShiftFromSize(size) {
      switch (size) {
        case 1:
          return 0;
        case 2:
          return 1;
        case 4:
          return 2;
        case 8:
          return 3;
        default:
          throw new TypeError("Unknown type size: " + size);
      }
    }
    __name(getShiftFromSize, "getShiftFromSize");
    function embind_init_charCodes() {
      var codes = new Array(256);
      for (var i = 0; i < 256; ++i) {
        codes[i] = String.fromCharCode(i);
      }
      embind_charCodes = codes;
    }
    __name(embind_init_charCodes, "embind_init_charCodes");
    var embind_charCodes = void 0;
    function readLatin1String(ptr) {
      var ret = "";
      var c = ptr;
      while (HEAPU8[c >>> 0]) {
        ret += embind_charCodes[HEAPU8[c++ >>> 0]];
      }
      return ret;
    }
    __name(readLatin1String, "readLatin1String");
    var awaitingDependencies = {};
    var registeredTypes = {};
    var typeDependencies = {};
    var char_0 = 48;
    var char_9 = 57;
    function makeLegalFunctionName(name) {
      if (void 0 === name) {
        return "_unknown";
      }
      name = name.replace(/[^a-zA-Z0-9_]/g, "$");
      var f = name.charCodeAt(0);
      if (f >= char_0 && f <= char_9) {
        return "_" + name;
      } else {
        return name;
      }
    }
    __name(makeLegalFunctionName, "makeLegalFunctionName");
    function createNamedFunction(name, body) {
      name = makeLegalFunctionName(name);
      return function() {
        null;
        return body.apply(this, arguments);
      };
    }
    __name(createNamedFunction, "createNamedFunction");
    function extendError(baseErrorType, errorName) {
      var errorClass = createNamedFunction(errorName, function(message) {
        this.name = errorName;
        this.message = message;
        var stack = new Error(message).stack;
        if (stack !== void 0) {
          this.stack = this.toString() + "\n" + stack.replace(/^Error(:[^\n]*)?\n/, "");
        }
      });
      errorClass.prototype = Object.create(baseErrorType.prototype);
      errorClass.prototype.constructor = errorClass;
      errorClass.prototype.toString = function() {
        if (this.message === void 0) {
          return this.name;
        } else {
          return this.name + ": " + this.message;
        }
      };
      return errorClass;
    }
    __name(extendError, "extendError");
    var BindingError = void 0;
    function throwBindingError(message) {
      throw new BindingError(message);
    }
    __name(throwBindingError, "throwBindingError");
    var InternalError = void 0;
    function throwInternalError(message) {
      throw new InternalError(message);
    }
    __name(throwInternalError, "throwInternalError");
    function whenDependentTypesAreResolved(myTypes, dependentTypes, getTypeConverters) {
      myTypes.forEach(function(type) {
        typeDependencies[type] = dependentTypes;
      });
      function onComplete(typeConverters2) {
        var myTypeConverters = getTypeConverters(typeConverters2);
        if (myTypeConverters.length !== myTypes.length) {
          throwInternalError("Mismatched type converter count");
        }
        for (var i = 0; i < myTypes.length; ++i) {
          registerType(myTypes[i], myTypeConverters[i]);
        }
      }
      __name(onComplete, "onComplete");
      var typeConverters = new Array(dependentTypes.length);
      var unregisteredTypes = [];
      var registered = 0;
      dependentTypes.forEach(function(dt, i) {
        if (registeredTypes.hasOwnProperty(dt)) {
          typeConverters[i] = registeredTypes[dt];
        } else {
          unregisteredTypes.push(dt);
          if (!awaitingDependencies.hasOwnProperty(dt)) {
            awaitingDependencies[dt] = [];
          }
          awaitingDependencies[dt].push(function() {
            typeConverters[i] = registeredTypes[dt];
            ++registered;
            if (registered === unregisteredTypes.length) {
              onComplete(typeConverters);
            }
          });
        }
      });
      if (0 === unregisteredTypes.length) {
        onComplete(typeConverters);
      }
    }
    __name(whenDependentTypesAreResolved, "whenDependentTypesAreResolved");
    function registerType(rawType, registeredInstance, options = {}) {
      if (!("argPackAdvance" in registeredInstance)) {
        throw new TypeError("registerType registeredInstance requires argPackAdvance");
      }
      var name = registeredInstance.name;
      if (!rawType) {
        throwBindingError('type "' + name + '" must have a positive integer typeid pointer');
      }
      if (registeredTypes.hasOwnProperty(rawType)) {
        if (options.ignoreDuplicateRegistrations) {
          return;
        } else {
          throwBindingError("Cannot register type '" + name + "' twice");
        }
      }
      registeredTypes[rawType] = registeredInstance;
      delete typeDependencies[rawType];
      if (awaitingDependencies.hasOwnProperty(rawType)) {
        var callbacks = awaitingDependencies[rawType];
        delete awaitingDependencies[rawType];
        callbacks.forEach(function(cb) {
          cb();
        });
      }
    }
    __name(registerType, "registerType");
    function __embind_register_bool(rawType, name, size, trueValue, falseValue) {
      var shift = getShiftFromSize(size);
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": /* @__PURE__ */ __name(function(wt) {
        return !!wt;
      }, "fromWireType"), "toWireType": /* @__PURE__ */ __name(function(destructors, o) {
        return o ? trueValue : falseValue;
      }, "toWireType"), "argPackAdvance": 8, "readValueFromPointer": /* @__PURE__ */ __name(function(pointer) {
        var heap;
        if (size === 1) {
          heap = HEAP8;
        } else if (size === 2) {
          heap = HEAP16;
        } else if (size === 4) {
          heap = HEAP32;
        } else {
          throw new TypeError("Unknown boolean type size: " + name);
        }
        return this["fromWireType"](heap[pointer >>> shift]);
      }, "readValueFromPointer"), destructorFunction: null });
    }
    __name(__embind_register_bool, "__embind_register_bool");
    function ClassHandle_isAliasOf(other) {
      if (!(this instanceof ClassHandle)) {
        return false;
      }
      if (!(other instanceof ClassHandle)) {
        return false;
      }
      var leftClass = this.$$.ptrType.registeredClass;
      var left = this.$$.ptr;
      var rightClass = other.$$.ptrType.registeredClass;
      var right = other.$$.ptr;
      while (leftClass.baseClass) {
        left = leftClass.upcast(left);
        leftClass = leftClass.baseClass;
      }
      while (rightClass.baseClass) {
        right = rightClass.upcast(right);
        rightClass = rightClass.baseClass;
      }
      return leftClass === rightClass && left === right;
    }
    __name(ClassHandle_isAliasOf, "ClassHandle_isAliasOf");
    function shallowCopyInternalPointer(o) {
      return { count: o.count, deleteScheduled: o.deleteScheduled, preservePointerOnDelete: o.preservePointerOnDelete, ptr: o.ptr, ptrType: o.ptrType, smartPtr: o.smartPtr, smartPtrType: o.smartPtrType };
    }
    __name(shallowCopyInternalPointer, "shallowCopyInternalPointer");
    function throwInstanceAlreadyDeleted(obj) {
      function getInstanceTypeName(handle) {
        return handle.$$.ptrType.registeredClass.name;
      }
      __name(getInstanceTypeName, "getInstanceTypeName");
      throwBindingError(getInstanceTypeName(obj) + " instance already deleted");
    }
    __name(throwInstanceAlreadyDeleted, "throwInstanceAlreadyDeleted");
    var finalizationRegistry = false;
    function detachFinalizer(handle) {
    }
    __name(detachFinalizer, "detachFinalizer");
    function runDestructor($$) {
      if ($$.smartPtr) {
        $$.smartPtrType.rawDestructor($$.smartPtr);
      } else {
        $$.ptrType.registeredClass.rawDestructor($$.ptr);
      }
    }
    __name(runDestructor, "runDestructor");
    function releaseClassHandle($$) {
      $$.count.value -= 1;
      var toDelete = 0 === $$.count.value;
      if (toDelete) {
        runDestructor($$);
      }
    }
    __name(releaseClassHandle, "releaseClassHandle");
    function downcastPointer(ptr, ptrClass, desiredClass) {
      if (ptrClass === desiredClass) {
        return ptr;
      }
      if (void 0 === desiredClass.baseClass) {
        return null;
      }
      var rv = downcastPointer(ptr, ptrClass, desiredClass.baseClass);
      if (rv === null) {
        return null;
      }
      return desiredClass.downcast(rv);
    }
    __name(downcastPointer, "downcastPointer");
    var registeredPointers = {};
    function getInheritedInstanceCount() {
      return Object.keys(registeredInstances).length;
    }
    __name(getInheritedInstanceCount, "getInheritedInstanceCount");
    function getLiveInheritedInstances() {
      var rv = [];
      for (var k in registeredInstances) {
        if (registeredInstances.hasOwnProperty(k)) {
          rv.push(registeredInstances[k]);
        }
      }
      return rv;
    }
    __name(getLiveInheritedInstances, "getLiveInheritedInstances");
    var deletionQueue = [];
    function flushPendingDeletes() {
      while (deletionQueue.length) {
        var obj = deletionQueue.pop();
        obj.$$.deleteScheduled = false;
        obj["delete"]();
      }
    }
    __name(flushPendingDeletes, "flushPendingDeletes");
    var delayFunction = void 0;
    function setDelayFunction(fn) {
      delayFunction = fn;
      if (deletionQueue.length && delayFunction) {
        delayFunction(flushPendingDeletes);
      }
    }
    __name(setDelayFunction, "setDelayFunction");
    function init_embind() {
      Module["getInheritedInstanceCount"] = getInheritedInstanceCount;
      Module["getLiveInheritedInstances"] = getLiveInheritedInstances;
      Module["flushPendingDeletes"] = flushPendingDeletes;
      Module["setDelayFunction"] = setDelayFunction;
    }
    __name(init_embind, "init_embind");
    var registeredInstances = {};
    function getBasestPointer(class_, ptr) {
      if (ptr === void 0) {
        throwBindingError("ptr should not be undefined");
      }
      while (class_.baseClass) {
        ptr = class_.upcast(ptr);
        class_ = class_.baseClass;
      }
      return ptr;
    }
    __name(getBasestPointer, "getBasestPointer");
    function getInheritedInstance(class_, ptr) {
      ptr = getBasestPointer(class_, ptr);
      return registeredInstances[ptr];
    }
    __name(getInheritedInstance, "getInheritedInstance");
    function makeClassHandle(prototype, record) {
      if (!record.ptrType || !record.ptr) {
        throwInternalError("makeClassHandle requires ptr and ptrType");
      }
      var hasSmartPtrType = !!record.smartPtrType;
      var hasSmartPtr = !!record.smartPtr;
      if (hasSmartPtrType !== hasSmartPtr) {
        throwInternalError("Both smartPtrType and smartPtr must be specified");
      }
      record.count = { value: 1 };
      return attachFinalizer(Object.create(prototype, { $$: { value: record } }));
    }
    __name(makeClassHandle, "makeClassHandle");
    function RegisteredPointer_fromWireType(ptr) {
      var rawPointer = this.getPointee(ptr);
      if (!rawPointer) {
        this.destructor(ptr);
        return null;
      }
      var registeredInstance = getInheritedInstance(this.registeredClass, rawPointer);
      if (void 0 !== registeredInstance) {
        if (0 === registeredInstance.$$.count.value) {
          registeredInstance.$$.ptr = rawPointer;
          registeredInstance.$$.smartPtr = ptr;
          return registeredInstance["clone"]();
        } else {
          var rv = registeredInstance["clone"]();
          this.destructor(ptr);
          return rv;
        }
      }
      function makeDefaultHandle() {
        if (this.isSmartPointer) {
          return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this.pointeeType, ptr: rawPointer, smartPtrType: this, smartPtr: ptr });
        } else {
          return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this, ptr });
        }
      }
      __name(makeDefaultHandle, "makeDefaultHandle");
      var actualType = this.registeredClass.getActualType(rawPointer);
      var registeredPointerRecord = registeredPointers[actualType];
      if (!registeredPointerRecord) {
        return makeDefaultHandle.call(this);
      }
      var toType;
      if (this.isConst) {
        toType = registeredPointerRecord.constPointerType;
      } else {
        toType = registeredPointerRecord.pointerType;
      }
      var dp = downcastPointer(rawPointer, this.registeredClass, toType.registeredClass);
      if (dp === null) {
        return makeDefaultHandle.call(this);
      }
      if (this.isSmartPointer) {
        return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp, smartPtrType: this, smartPtr: ptr });
      } else {
        return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp });
      }
    }
    __name(RegisteredPointer_fromWireType, "RegisteredPointer_fromWireType");
    function attachFinalizer(handle) {
      if ("undefined" === typeof FinalizationRegistry) {
        attachFinalizer = /* @__PURE__ */ __name(((handle2) => handle2), "attachFinalizer");
        return handle;
      }
      finalizationRegistry = new FinalizationRegistry((info) => {
        releaseClassHandle(info.$$);
      });
      attachFinalizer = /* @__PURE__ */ __name(((handle2) => {
        var $$ = handle2.$$;
        var hasSmartPtr = !!$$.smartPtr;
        if (hasSmartPtr) {
          var info = { $$ };
          finalizationRegistry.register(handle2, info, handle2);
        }
        return handle2;
      }), "attachFinalizer");
      detachFinalizer = /* @__PURE__ */ __name(((handle2) => finalizationRegistry.unregister(handle2)), "detachFinalizer");
      return attachFinalizer(handle);
    }
    __name(attachFinalizer, "attachFinalizer");
    function ClassHandle_clone() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.preservePointerOnDelete) {
        this.$$.count.value += 1;
        return this;
      } else {
        var clone = attachFinalizer(Object.create(Object.getPrototypeOf(this), { $$: { value: shallowCopyInternalPointer(this.$$) } }));
        clone.$$.count.value += 1;
        clone.$$.deleteScheduled = false;
        return clone;
      }
    }
    __name(ClassHandle_clone, "ClassHandle_clone");
    function ClassHandle_delete() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      detachFinalizer(this);
      releaseClassHandle(this.$$);
      if (!this.$$.preservePointerOnDelete) {
        this.$$.smartPtr = void 0;
        this.$$.ptr = void 0;
      }
    }
    __name(ClassHandle_delete, "ClassHandle_delete");
    function ClassHandle_isDeleted() {
      return !this.$$.ptr;
    }
    __name(ClassHandle_isDeleted, "ClassHandle_isDeleted");
    function ClassHandle_deleteLater() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      deletionQueue.push(this);
      if (deletionQueue.length === 1 && delayFunction) {
        delayFunction(flushPendingDeletes);
      }
      this.$$.deleteScheduled = true;
      return this;
    }
    __name(ClassHandle_deleteLater, "ClassHandle_deleteLater");
    function init_ClassHandle() {
      ClassHandle.prototype["isAliasOf"] = ClassHandle_isAliasOf;
      ClassHandle.prototype["clone"] = ClassHandle_clone;
      ClassHandle.prototype["delete"] = ClassHandle_delete;
      ClassHandle.prototype["isDeleted"] = ClassHandle_isDeleted;
      ClassHandle.prototype["deleteLater"] = ClassHandle_deleteLater;
    }
    __name(init_ClassHandle, "init_ClassHandle");
    function ClassHandle() {
    }
    __name(ClassHandle, "ClassHandle");
    function ensureOverloadTable(proto, methodName, humanName) {
      if (void 0 === proto[methodName].overloadTable) {
        var prevFunc = proto[methodName];
        proto[methodName] = function() {
          if (!proto[methodName].overloadTable.hasOwnProperty(arguments.length)) {
            throwBindingError("Function '" + humanName + "' called with an invalid number of arguments (" + arguments.length + ") - expects one of (" + proto[methodName].overloadTable + ")!");
          }
          return proto[methodName].overloadTable[arguments.length].apply(this, arguments);
        };
        proto[methodName].overloadTable = [];
        proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
      }
    }
    __name(ensureOverloadTable, "ensureOverloadTable");
    function exposePublicSymbol(name, value, numArguments) {
      if (Module.hasOwnProperty(name)) {
        if (void 0 === numArguments || void 0 !== Module[name].overloadTable && void 0 !== Module[name].overloadTable[numArguments]) {
          throwBindingError("Cannot register public name '" + name + "' twice");
        }
        ensureOverloadTable(Module, name, name);
        if (Module.hasOwnProperty(numArguments)) {
          throwBindingError("Cannot register multiple overloads of a function with the same number of arguments (" + numArguments + ")!");
        }
        Module[name].overloadTable[numArguments] = value;
      } else {
        Module[name] = value;
        if (void 0 !== numArguments) {
          Module[name].numArguments = numArguments;
        }
      }
    }
    __name(exposePublicSymbol, "exposePublicSymbol");
    function RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast) {
      this.name = name;
      this.constructor = constructor;
      this.instancePrototype = instancePrototype;
      this.rawDestructor = rawDestructor;
      this.baseClass = baseClass;
      this.getActualType = getActualType;
      this.upcast = upcast;
      this.downcast = downcast;
      this.pureVirtualFunctions = [];
    }
    __name(RegisteredClass, "RegisteredClass");
    function upcastPointer(ptr, ptrClass, desiredClass) {
      while (ptrClass !== desiredClass) {
        if (!ptrClass.upcast) {
          throwBindingError("Expected null or instance of " + desiredClass.name + ", got an instance of " + ptrClass.name);
        }
        ptr = ptrClass.upcast(ptr);
        ptrClass = ptrClass.baseClass;
      }
      return ptr;
    }
    __name(upcastPointer, "upcastPointer");
    function constNoSmartPtrRawPointerToWireType(destructors, handle) {
      if (handle === null) {
        if (this.isReference) {
          throwBindingError("null is not a valid " + this.name);
        }
        return 0;
      }
      if (!handle.$$) {
        throwBindingError('Cannot pass "' + _embind_repr(handle) + '" as a ' + this.name);
      }
      if (!handle.$$.ptr) {
        throwBindingError("Cannot pass deleted object as a pointer of type " + this.name);
      }
      var handleClass = handle.$$.ptrType.registeredClass;
      var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
      return ptr;
    }
    __name(constNoSmartPtrRawPointerToWireType, "constNoSmartPtrRawPointerToWireType");
    function genericPointerToWireType(destructors, handle) {
      var ptr;
      if (handle === null) {
        if (this.isReference) {
          throwBindingError("null is not a valid " + this.name);
        }
        if (this.isSmartPointer) {
          ptr = this.rawConstructor();
          if (destructors !== null) {
            destructors.push(this.rawDestructor, ptr);
          }
          return ptr;
        } else {
          return 0;
        }
      }
      if (!handle.$$) {
        throwBindingError('Cannot pass "' + _embind_repr(handle) + '" as a ' + this.name);
      }
      if (!handle.$$.ptr) {
        throwBindingError("Cannot pass deleted object as a pointer of type " + this.name);
      }
      if (!this.isConst && handle.$$.ptrType.isConst) {
        throwBindingError("Cannot convert argument of type " + (handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name) + " to parameter type " + this.name);
      }
      var handleClass = handle.$$.ptrType.registeredClass;
      ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
      if (this.isSmartPointer) {
        if (void 0 === handle.$$.smartPtr) {
          throwBindingError("Passing raw pointer to smart pointer is illegal");
        }
        switch (this.sharingPolicy) {
          case 0:
            if (handle.$$.smartPtrType === this) {
              ptr = handle.$$.smartPtr;
            } else {
              throwBindingError("Cannot convert argument of type " + (handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name) + " to parameter type " + this.name);
            }
            break;
          case 1:
            ptr = handle.$$.smartPtr;
            break;
          case 2:
            if (handle.$$.smartPtrType === this) {
              ptr = handle.$$.smartPtr;
            } else {
              var clonedHandle = handle["clone"]();
              ptr = this.rawShare(ptr, Emval.toHandle(function() {
                clonedHandle["delete"]();
              }));
              if (destructors !== null) {
                destructors.push(this.rawDestructor, ptr);
              }
            }
            break;
          default:
            throwBindingError("Unsupporting sharing policy");
        }
      }
      return ptr;
    }
    __name(genericPointerToWireType, "genericPointerToWireType");
    function nonConstNoSmartPtrRawPointerToWireType(destructors, handle) {
      if (handle === null) {
        if (this.isReference) {
          throwBindingError("null is not a valid " + this.name);
        }
        return 0;
      }
      if (!handle.$$) {
        throwBindingError('Cannot pass "' + _embind_repr(handle) + '" as a ' + this.name);
      }
      if (!handle.$$.ptr) {
        throwBindingError("Cannot pass deleted object as a pointer of type " + this.name);
      }
      if (handle.$$.ptrType.isConst) {
        throwBindingError("Cannot convert argument of type " + handle.$$.ptrType.name + " to parameter type " + this.name);
      }
      var handleClass = handle.$$.ptrType.registeredClass;
      var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
      return ptr;
    }
    __name(nonConstNoSmartPtrRawPointerToWireType, "nonConstNoSmartPtrRawPointerToWireType");
    function simpleReadValueFromPointer(pointer) {
      return this["fromWireType"](HEAPU32[pointer >>> 2]);
    }
    __name(simpleReadValueFromPointer, "simpleReadValueFromPointer");
    function RegisteredPointer_getPointee(ptr) {
      if (this.rawGetPointee) {
        ptr = this.rawGetPointee(ptr);
      }
      return ptr;
    }
    __name(RegisteredPointer_getPointee, "RegisteredPointer_getPointee");
    function RegisteredPointer_destructor(ptr) {
      if (this.rawDestructor) {
        this.rawDestructor(ptr);
      }
    }
    __name(RegisteredPointer_destructor, "RegisteredPointer_destructor");
    function RegisteredPointer_deleteObject(handle) {
      if (handle !== null) {
        handle["delete"]();
      }
    }
    __name(RegisteredPointer_deleteObject, "RegisteredPointer_deleteObject");
    function init_RegisteredPointer() {
      RegisteredPointer.prototype.getPointee = RegisteredPointer_getPointee;
      RegisteredPointer.prototype.destructor = RegisteredPointer_destructor;
      RegisteredPointer.prototype["argPackAdvance"] = 8;
      RegisteredPointer.prototype["readValueFromPointer"] = simpleReadValueFromPointer;
      RegisteredPointer.prototype["deleteObject"] = RegisteredPointer_deleteObject;
      RegisteredPointer.prototype["fromWireType"] = RegisteredPointer_fromWireType;
    }
    __name(init_RegisteredPointer, "init_RegisteredPointer");
    function RegisteredPointer(name, registeredClass, isReference, isConst, isSmartPointer, pointeeType, sharingPolicy, rawGetPointee, rawConstructor, rawShare, rawDestructor) {
      this.name = name;
      this.registeredClass = registeredClass;
      this.isReference = isReference;
      this.isConst = isConst;
      this.isSmartPointer = isSmartPointer;
      this.pointeeType = pointeeType;
      this.sharingPolicy = sharingPolicy;
      this.rawGetPointee = rawGetPointee;
      this.rawConstructor = rawConstructor;
      this.rawShare = rawShare;
      this.rawDestructor = rawDestructor;
      if (!isSmartPointer && registeredClass.baseClass === void 0) {
        if (isConst) {
          this["toWireType"] = constNoSmartPtrRawPointerToWireType;
          this.destructorFunction = null;
        } else {
          this["toWireType"] = nonConstNoSmartPtrRawPointerToWireType;
          this.destructorFunction = null;
        }
      } else {
        this["toWireType"] = genericPointerToWireType;
      }
    }
    __name(RegisteredPointer, "RegisteredPointer");
    function replacePublicSymbol(name, value, numArguments) {
      if (!Module.hasOwnProperty(name)) {
        throwInternalError("Replacing nonexistant public symbol");
      }
      if (void 0 !== Module[name].overloadTable && void 0 !== numArguments) {
        Module[name].overloadTable[numArguments] = value;
      } else {
        Module[name] = value;
        Module[name].argCount = numArguments;
      }
    }
    __name(replacePublicSymbol, "replacePublicSymbol");
    function dynCallLegacy(sig, ptr, args) {
      var f = Module["dynCall_" + sig];
      return args && args.length ? f.apply(null, [ptr].concat(args)) : f.call(null, ptr);
    }
    __name(dynCallLegacy, "dynCallLegacy");
    function dynCall(sig, ptr, args) {
      if (sig.includes("j")) {
        return dynCallLegacy(sig, ptr, args);
      }
      return getWasmTableEntry(ptr).apply(null, args);
    }
    __name(dynCall, "dynCall");
    function getDynCaller(sig, ptr) {
      var argCache = [];
      return function() {
        argCache.length = 0;
        Object.assign(argCache, arguments);
        return dynCall(sig, ptr, argCache);
      };
    }
    __name(getDynCaller, "getDynCaller");
    function embind__requireFunction(signature, rawFunction) {
      signature = readLatin1String(signature);
      function makeDynCaller() {
        if (signature.includes("j")) {
          return getDynCaller(signature, rawFunction);
        }
        return getWasmTableEntry(rawFunction);
      }
      __name(makeDynCaller, "makeDynCaller");
      var fp = makeDynCaller();
      if (typeof fp != "function") {
        throwBindingError("unknown function pointer with signature " + signature + ": " + rawFunction);
      }
      return fp;
    }
    __name(embind__requireFunction, "embind__requireFunction");
    var UnboundTypeError = void 0;
    function getTypeName(type) {
      var ptr = ___getTypeName(type);
      var rv = readLatin1String(ptr);
      _free(ptr);
      return rv;
    }
    __name(getTypeName, "getTypeName");
    function throwUnboundTypeError(message, types) {
      var unboundTypes = [];
      var seen = {};
      function visit(type) {
        if (seen[type]) {
          return;
        }
        if (registeredTypes[type]) {
          return;
        }
        if (typeDependencies[type]) {
          typeDependencies[type].forEach(visit);
          return;
        }
        unboundTypes.push(type);
        seen[type] = true;
      }
      __name(visit, "visit");
      types.forEach(visit);
      throw new UnboundTypeError(message + ": " + unboundTypes.map(getTypeName).join([", "]));
    }
    __name(throwUnboundTypeError, "throwUnboundTypeError");
    function __embind_register_class(rawType, rawPointerType, rawConstPointerType, baseClassRawType, getActualTypeSignature, getActualType, upcastSignature, upcast, downcastSignature, downcast, name, destructorSignature, rawDestructor) {
      name = readLatin1String(name);
      getActualType = embind__requireFunction(getActualTypeSignature, getActualType);
      if (upcast) {
        upcast = embind__requireFunction(upcastSignature, upcast);
      }
      if (downcast) {
        downcast = embind__requireFunction(downcastSignature, downcast);
      }
      rawDestructor = embind__requireFunction(destructorSignature, rawDestructor);
      var legalFunctionName = makeLegalFunctionName(name);
      exposePublicSymbol(legalFunctionName, function() {
        throwUnboundTypeError("Cannot construct " + name + " due to unbound types", [baseClassRawType]);
      });
      whenDependentTypesAreResolved([rawType, rawPointerType, rawConstPointerType], baseClassRawType ? [baseClassRawType] : [], function(base) {
        base = base[0];
        var baseClass;
        var basePrototype;
        if (baseClassRawType) {
          baseClass = base.registeredClass;
          basePrototype = baseClass.instancePrototype;
        } else {
          basePrototype = ClassHandle.prototype;
        }
        var constructor = createNamedFunction(legalFunctionName, function() {
          if (Object.getPrototypeOf(this) !== instancePrototype) {
            throw new BindingError("Use 'new' to construct " + name);
          }
          if (void 0 === registeredClass.constructor_body) {
            throw new BindingError(name + " has no accessible constructor");
          }
          var body = registeredClass.constructor_body[arguments.length];
          if (void 0 === body) {
            throw new BindingError("Tried to invoke ctor of " + name + " with invalid number of parameters (" + arguments.length + ") - expected (" + Object.keys(registeredClass.constructor_body).toString() + ") parameters instead!");
          }
          return body.apply(this, arguments);
        });
        var instancePrototype = Object.create(basePrototype, { constructor: { value: constructor } });
        constructor.prototype = instancePrototype;
        var registeredClass = new RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast);
        var referenceConverter = new RegisteredPointer(name, registeredClass, true, false, false);
        var pointerConverter = new RegisteredPointer(name + "*", registeredClass, false, false, false);
        var constPointerConverter = new RegisteredPointer(name + " const*", registeredClass, false, true, false);
        registeredPointers[rawType] = { pointerType: pointerConverter, constPointerType: constPointerConverter };
        replacePublicSymbol(legalFunctionName, constructor);
        return [referenceConverter, pointerConverter, constPointerConverter];
      });
    }
    __name(__embind_register_class, "__embind_register_class");
    function heap32VectorToArray(count, firstElement) {
      var array = [];
      for (var i = 0; i < count; i++) {
        array.push(HEAP32[(firstElement >> 2) + i >>> 0]);
      }
      return array;
    }
    __name(heap32VectorToArray, "heap32VectorToArray");
    function runDestructors(destructors) {
      while (destructors.length) {
        var ptr = destructors.pop();
        var del = destructors.pop();
        del(ptr);
      }
    }
    __name(runDestructors, "runDestructors");
    function __embind_register_class_constructor(rawClassType, argCount, rawArgTypesAddr, invokerSignature, invoker, rawConstructor) {
      assert(argCount > 0);
      var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
      invoker = embind__requireFunction(invokerSignature, invoker);
      whenDependentTypesAreResolved([], [rawClassType], function(classType) {
        classType = classType[0];
        var humanName = "constructor " + classType.name;
        if (void 0 === classType.registeredClass.constructor_body) {
          classType.registeredClass.constructor_body = [];
        }
        if (void 0 !== classType.registeredClass.constructor_body[argCount - 1]) {
          throw new BindingError("Cannot register multiple constructors with identical number of parameters (" + (argCount - 1) + ") for class '" + classType.name + "'! Overload resolution is currently only performed using the parameter count, not actual type info!");
        }
        classType.registeredClass.constructor_body[argCount - 1] = (() => {
          throwUnboundTypeError("Cannot construct " + classType.name + " due to unbound types", rawArgTypes);
        });
        whenDependentTypesAreResolved([], rawArgTypes, function(argTypes) {
          argTypes.splice(1, 0, null);
          classType.registeredClass.constructor_body[argCount - 1] = craftInvokerFunction(humanName, argTypes, null, invoker, rawConstructor);
          return [];
        });
        return [];
      });
    }
    __name(__embind_register_class_constructor, "__embind_register_class_constructor");
    function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc) {
      var argCount = argTypes.length;
      if (argCount < 2) {
        throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
      }
      var isClassMethodFunc = argTypes[1] !== null && classType !== null;
      var needsDestructorStack = false;
      for (var i = 1; i < argTypes.length; ++i) {
        if (argTypes[i] !== null && argTypes[i].destructorFunction === void 0) {
          needsDestructorStack = true;
          break;
        }
      }
      var returns = argTypes[0].name !== "void";
      var expectedArgCount = argCount - 2;
      var argsWired = new Array(expectedArgCount);
      var invokerFuncArgs = [];
      var destructors = [];
      return function() {
        if (arguments.length !== expectedArgCount) {
          throwBindingError("function " + humanName + " called with " + arguments.length + " arguments, expected " + expectedArgCount + " args!");
        }
        destructors.length = 0;
        var thisWired;
        invokerFuncArgs.length = isClassMethodFunc ? 2 : 1;
        invokerFuncArgs[0] = cppTargetFunc;
        if (isClassMethodFunc) {
          thisWired = argTypes[1]["toWireType"](destructors, this);
          invokerFuncArgs[1] = thisWired;
        }
        for (var i2 = 0; i2 < expectedArgCount; ++i2) {
          argsWired[i2] = argTypes[i2 + 2]["toWireType"](destructors, arguments[i2]);
          invokerFuncArgs.push(argsWired[i2]);
        }
        var rv = cppInvokerFunc.apply(null, invokerFuncArgs);
        function onDone(rv2) {
          if (needsDestructorStack) {
            runDestructors(destructors);
          } else {
            for (var i3 = isClassMethodFunc ? 1 : 2; i3 < argTypes.length; i3++) {
              var param = i3 === 1 ? thisWired : argsWired[i3 - 2];
              if (argTypes[i3].destructorFunction !== null) {
                argTypes[i3].destructorFunction(param);
              }
            }
          }
          if (returns) {
            return argTypes[0]["fromWireType"](rv2);
          }
        }
        __name(onDone, "onDone");
        return onDone(rv);
      };
    }
    __name(craftInvokerFunction, "craftInvokerFunction");
    function __embind_register_class_function(rawClassType, methodName, argCount, rawArgTypesAddr, invokerSignature, rawInvoker, context, isPureVirtual) {
      var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
      methodName = readLatin1String(methodName);
      rawInvoker = embind__requireFunction(invokerSignature, rawInvoker);
      whenDependentTypesAreResolved([], [rawClassType], function(classType) {
        classType = classType[0];
        var humanName = classType.name + "." + methodName;
        if (methodName.startsWith("@@")) {
          methodName = Symbol[methodName.substring(2)];
        }
        if (isPureVirtual) {
          classType.registeredClass.pureVirtualFunctions.push(methodName);
        }
        function unboundTypesHandler() {
          throwUnboundTypeError("Cannot call " + humanName + " due to unbound types", rawArgTypes);
        }
        __name(unboundTypesHandler, "unboundTypesHandler");
        var proto = classType.registeredClass.instancePrototype;
        var method = proto[methodName];
        if (void 0 === method || void 0 === method.overloadTable && method.className !== classType.name && method.argCount === argCount - 2) {
          unboundTypesHandler.argCount = argCount - 2;
          unboundTypesHandler.className = classType.name;
          proto[methodName] = unboundTypesHandler;
        } else {
          ensureOverloadTable(proto, methodName, humanName);
          proto[methodName].overloadTable[argCount - 2] = unboundTypesHandler;
        }
        whenDependentTypesAreResolved([], rawArgTypes, function(argTypes) {
          var memberFunction = craftInvokerFunction(humanName, argTypes, classType, rawInvoker, context);
          if (void 0 === proto[methodName].overloadTable) {
            memberFunction.argCount = argCount - 2;
            proto[methodName] = memberFunction;
          } else {
            proto[methodName].overloadTable[argCount - 2] = memberFunction;
          }
          return [];
        });
        return [];
      });
    }
    __name(__embind_register_class_function, "__embind_register_class_function");
    var emval_free_list = [];
    var emval_handle_array = [{}, { value: void 0 }, { value: null }, { value: true }, { value: false }];
    function __emval_decref(handle) {
      if (handle > 4 && 0 === --emval_handle_array[handle].refcount) {
        emval_handle_array[handle] = void 0;
        emval_free_list.push(handle);
      }
    }
    __name(__emval_decref, "__emval_decref");
    function count_emval_handles() {
      var count = 0;
      for (var i = 5; i < emval_handle_array.length; ++i) {
        if (emval_handle_array[i] !== void 0) {
          ++count;
        }
      }
      return count;
    }
    __name(count_emval_handles, "count_emval_handles");
    function get_first_emval() {
      for (var i = 5; i < emval_handle_array.length; ++i) {
        if (emval_handle_array[i] !== void 0) {
          return emval_handle_array[i];
        }
      }
      return null;
    }
    __name(get_first_emval, "get_first_emval");
    function init_emval() {
      Module["count_emval_handles"] = count_emval_handles;
      Module["get_first_emval"] = get_first_emval;
    }
    __name(init_emval, "init_emval");
    var Emval = { toValue: /* @__PURE__ */ __name(function(handle) {
      if (!handle) {
        throwBindingError("Cannot use deleted val. handle = " + handle);
      }
      return emval_handle_array[handle].value;
    }, "toValue"), toHandle: /* @__PURE__ */ __name(function(value) {
      switch (value) {
        case void 0: {
          return 1;
        }
        case null: {
          return 2;
        }
        case true: {
          return 3;
        }
        case false: {
          return 4;
        }
        default: {
          var handle = emval_free_list.length ? emval_free_list.pop() : emval_handle_array.length;
          emval_handle_array[handle] = { refcount: 1, value };
          return handle;
        }
      }
    }, "toHandle") };
    function __embind_register_emval(rawType, name) {
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": /* @__PURE__ */ __name(function(handle) {
        var rv = Emval.toValue(handle);
        __emval_decref(handle);
        return rv;
      }, "fromWireType"), "toWireType": /* @__PURE__ */ __name(function(destructors, value) {
        return Emval.toHandle(value);
      }, "toWireType"), "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: null });
    }
    __name(__embind_register_emval, "__embind_register_emval");
    function _embind_repr(v) {
      if (v === null) {
        return "null";
      }
      var t = typeof v;
      if (t === "object" || t === "array" || t === "function") {
        return v.toString();
      } else {
        return "" + v;
      }
    }
    __name(_embind_repr, "_embind_repr");
    function floatReadValueFromPointer(name, shift) {
      switch (shift) {
        case 2:
          return function(pointer) {
            return this["fromWireType"](HEAPF32[pointer >>> 2]);
          };
        case 3:
          return function(pointer) {
            return this["fromWireType"](HEAPF64[pointer >>> 3]);
          };
        default:
          throw new TypeError("Unknown float type: " + name);
      }
    }
    __name(floatReadValueFromPointer, "floatReadValueFromPointer");
    function __embind_register_float(rawType, name, size) {
      var shift = getShiftFromSize(size);
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": /* @__PURE__ */ __name(function(value) {
        return value;
      }, "fromWireType"), "toWireType": /* @__PURE__ */ __name(function(destructors, value) {
        return value;
      }, "toWireType"), "argPackAdvance": 8, "readValueFromPointer": floatReadValueFromPointer(name, shift), destructorFunction: null });
    }
    __name(__embind_register_float, "__embind_register_float");
    function __embind_register_function(name, argCount, rawArgTypesAddr, signature, rawInvoker, fn) {
      var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
      name = readLatin1String(name);
      rawInvoker = embind__requireFunction(signature, rawInvoker);
      exposePublicSymbol(name, function() {
        throwUnboundTypeError("Cannot call " + name + " due to unbound types", argTypes);
      }, argCount - 1);
      whenDependentTypesAreResolved([], argTypes, function(argTypes2) {
        var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
        replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn), argCount - 1);
        return [];
      });
    }
    __name(__embind_register_function, "__embind_register_function");
    function integerReadValueFromPointer(name, shift, signed) {
      switch (shift) {
        case 0:
          return signed ? /* @__PURE__ */ __name(function readS8FromPointer(pointer) {
            return HEAP8[pointer >>> 0];
          }, "readS8FromPointer") : /* @__PURE__ */ __name(function readU8FromPointer(pointer) {
            return HEAPU8[pointer >>> 0];
          }, "readU8FromPointer");
        case 1:
          return signed ? /* @__PURE__ */ __name(function readS16FromPointer(pointer) {
            return HEAP16[pointer >>> 1];
          }, "readS16FromPointer") : /* @__PURE__ */ __name(function readU16FromPointer(pointer) {
            return HEAPU16[pointer >>> 1];
          }, "readU16FromPointer");
        case 2:
          return signed ? /* @__PURE__ */ __name(function readS32FromPointer(pointer) {
            return HEAP32[pointer >>> 2];
          }, "readS32FromPointer") : /* @__PURE__ */ __name(function readU32FromPointer(pointer) {
            return HEAPU32[pointer >>> 2];
          }, "readU32FromPointer");
        default:
          throw new TypeError("Unknown integer type: " + name);
      }
    }
    __name(integerReadValueFromPointer, "integerReadValueFromPointer");
    function __embind_register_integer(primitiveType, name, size, minRange, maxRange) {
      name = readLatin1String(name);
      if (maxRange === -1) {
        maxRange = 4294967295;
      }
      var shift = getShiftFromSize(size);
      var fromWireType = /* @__PURE__ */ __name((value) => value, "fromWireType");
      if (minRange === 0) {
        var bitshift = 32 - 8 * size;
        fromWireType = /* @__PURE__ */ __name(((value) => value << bitshift >>> bitshift), "fromWireType");
      }
      var isUnsignedType = name.includes("unsigned");
      var checkAssertions = /* @__PURE__ */ __name((value, toTypeName) => {
      }, "checkAssertions");
      var toWireType;
      if (isUnsignedType) {
        toWireType = /* @__PURE__ */ __name(function(destructors, value) {
          checkAssertions(value, this.name);
          return value >>> 0;
        }, "toWireType");
      } else {
        toWireType = /* @__PURE__ */ __name(function(destructors, value) {
          checkAssertions(value, this.name);
          return value;
        }, "toWireType");
      }
      registerType(primitiveType, { name, "fromWireType": fromWireType, "toWireType": toWireType, "argPackAdvance": 8, "readValueFromPointer": integerReadValueFromPointer(name, shift, minRange !== 0), destructorFunction: null });
    }
    __name(__embind_register_integer, "__embind_register_integer");
    function __embind_register_memory_view(rawType, dataTypeIndex, name) {
      var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
      var TA = typeMapping[dataTypeIndex];
      function decodeMemoryView(handle) {
        handle = handle >> 2;
        var heap = HEAPU32;
        var size = heap[handle >>> 0];
        var data = heap[handle + 1 >>> 0];
        return new TA(buffer, data, size);
      }
      __name(decodeMemoryView, "decodeMemoryView");
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": decodeMemoryView, "argPackAdvance": 8, "readValueFromPointer": decodeMemoryView }, { ignoreDuplicateRegistrations: true });
    }
    __name(__embind_register_memory_view, "__embind_register_memory_view");
    function __embind_register_std_string(rawType, name) {
      name = readLatin1String(name);
      var stdStringIsUTF8 = name === "std::string";
      registerType(rawType, { name, "fromWireType": /* @__PURE__ */ __name(function(value) {
        var length = HEAPU32[value >>> 2];
        var str;
        if (stdStringIsUTF8) {
          var decodeStartPtr = value + 4;
          for (var i = 0; i <= length; ++i) {
            var currentBytePtr = value + 4 + i;
            if (i == length || HEAPU8[currentBytePtr >>> 0] == 0) {
              var maxRead = currentBytePtr - decodeStartPtr;
              var stringSegment = UTF8ToString(decodeStartPtr, maxRead);
              if (str === void 0) {
                str = stringSegment;
              } else {
                str += String.fromCharCode(0);
                str += stringSegment;
              }
              decodeStartPtr = currentBytePtr + 1;
            }
          }
        } else {
          var a = new Array(length);
          for (var i = 0; i < length; ++i) {
            a[i] = String.fromCharCode(HEAPU8[value + 4 + i >>> 0]);
          }
          str = a.join("");
        }
        _free(value);
        return str;
      }, "fromWireType"), "toWireType": /* @__PURE__ */ __name(function(destructors, value) {
        if (value instanceof ArrayBuffer) {
          value = new Uint8Array(value);
        }
        var getLength;
        var valueIsOfTypeString = typeof value == "string";
        if (!(valueIsOfTypeString || value instanceof Uint8Array || value instanceof Uint8ClampedArray || value instanceof Int8Array)) {
          throwBindingError("Cannot pass non-string to std::string");
        }
        if (stdStringIsUTF8 && valueIsOfTypeString) {
          getLength = /* @__PURE__ */ __name((() => lengthBytesUTF8(value)), "getLength");
        } else {
          getLength = /* @__PURE__ */ __name((() => value.length), "getLength");
        }
        var length = getLength();
        var ptr = _malloc(4 + length + 1);
        ptr >>>= 0;
        HEAPU32[ptr >>> 2] = length;
        if (stdStringIsUTF8 && valueIsOfTypeString) {
          stringToUTF8(value, ptr + 4, length + 1);
        } else {
          if (valueIsOfTypeString) {
            for (var i = 0; i < length; ++i) {
              var charCode = value.charCodeAt(i);
              if (charCode > 255) {
                _free(ptr);
                throwBindingError("String has UTF-16 code units that do not fit in 8 bits");
              }
              HEAPU8[ptr + 4 + i >>> 0] = charCode;
            }
          } else {
            for (var i = 0; i < length; ++i) {
              HEAPU8[ptr + 4 + i >>> 0] = value[i];
            }
          }
        }
        if (destructors !== null) {
          destructors.push(_free, ptr);
        }
        return ptr;
      }, "toWireType"), "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: /* @__PURE__ */ __name(function(ptr) {
        _free(ptr);
      }, "destructorFunction") });
    }
    __name(__embind_register_std_string, "__embind_register_std_string");
    function __embind_register_std_wstring(rawType, charSize, name) {
      name = readLatin1String(name);
      var decodeString, encodeString, getHeap, lengthBytesUTF, shift;
      if (charSize === 2) {
        decodeString = UTF16ToString;
        encodeString = stringToUTF16;
        lengthBytesUTF = lengthBytesUTF16;
        getHeap = /* @__PURE__ */ __name((() => HEAPU16), "getHeap");
        shift = 1;
      } else if (charSize === 4) {
        decodeString = UTF32ToString;
        encodeString = stringToUTF32;
        lengthBytesUTF = lengthBytesUTF32;
        getHeap = /* @__PURE__ */ __name((() => HEAPU32), "getHeap");
        shift = 2;
      }
      registerType(rawType, { name, "fromWireType": /* @__PURE__ */ __name(function(value) {
        var length = HEAPU32[value >>> 2];
        var HEAP = getHeap();
        var str;
        var decodeStartPtr = value + 4;
        for (var i = 0; i <= length; ++i) {
          var currentBytePtr = value + 4 + i * charSize;
          if (i == length || HEAP[currentBytePtr >>> shift] == 0) {
            var maxReadBytes = currentBytePtr - decodeStartPtr;
            var stringSegment = decodeString(decodeStartPtr, maxReadBytes);
            if (str === void 0) {
              str = stringSegment;
            } else {
              str += String.fromCharCode(0);
              str += stringSegment;
            }
            decodeStartPtr = currentBytePtr + charSize;
          }
        }
        _free(value);
        return str;
      }, "fromWireType"), "toWireType": /* @__PURE__ */ __name(function(destructors, value) {
        if (!(typeof value == "string")) {
          throwBindingError("Cannot pass non-string to C++ string type " + name);
        }
        var length = lengthBytesUTF(value);
        var ptr = _malloc(4 + length + charSize);
        ptr >>>= 0;
        HEAPU32[ptr >>> 2] = length >> shift;
        encodeString(value, ptr + 4, length + charSize);
        if (destructors !== null) {
          destructors.push(_free, ptr);
        }
        return ptr;
      }, "toWireType"), "argPackAdvance": 8, "readValueFromPointer": simpleReadValueFromPointer, destructorFunction: /* @__PURE__ */ __name(function(ptr) {
        _free(ptr);
      }, "destructorFunction") });
    }
    __name(__embind_register_std_wstring, "__embind_register_std_wstring");
    function __embind_register_void(rawType, name) {
      name = readLatin1String(name);
      registerType(rawType, { isVoid: true, name, "argPackAdvance": 0, "fromWireType": /* @__PURE__ */ __name(function() {
        return void 0;
      }, "fromWireType"), "toWireType": /* @__PURE__ */ __name(function(destructors, o) {
        return void 0;
      }, "toWireType") });
    }
    __name(__embind_register_void, "__embind_register_void");
    function _abort() {
      abort("");
    }
    __name(_abort, "_abort");
    function _emscripten_memcpy_big(dest, src, num) {
      HEAPU8.copyWithin(dest >>> 0, src >>> 0, src + num >>> 0);
    }
    __name(_emscripten_memcpy_big, "_emscripten_memcpy_big");
    function _emscripten_get_heap_max() {
      return 4294901760;
    }
    __name(_emscripten_get_heap_max, "_emscripten_get_heap_max");
    function emscripten_realloc_buffer(size) {
      try {
        wasmMemory.grow(size - buffer.byteLength + 65535 >>> 16);
        updateGlobalBufferAndViews(wasmMemory.buffer);
        return 1;
      } catch (e) {
      }
    }
    __name(emscripten_realloc_buffer, "emscripten_realloc_buffer");
    function _emscripten_resize_heap(requestedSize) {
      var oldSize = HEAPU8.length;
      requestedSize = requestedSize >>> 0;
      var maxHeapSize = _emscripten_get_heap_max();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      let alignUp = /* @__PURE__ */ __name((x, multiple) => x + (multiple - x % multiple) % multiple, "alignUp");
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignUp(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = emscripten_realloc_buffer(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }
    __name(_emscripten_resize_heap, "_emscripten_resize_heap");
    embind_init_charCodes();
    BindingError = Module["BindingError"] = extendError(Error, "BindingError");
    InternalError = Module["InternalError"] = extendError(Error, "InternalError");
    init_ClassHandle();
    init_embind();
    init_RegisteredPointer();
    UnboundTypeError = Module["UnboundTypeError"] = extendError(Error, "UnboundTypeError");
    init_emval();
    var asmLibraryArg = { "m": __embind_register_bigint, "k": __embind_register_bool, "g": __embind_register_class, "f": __embind_register_class_constructor, "b": __embind_register_class_function, "p": __embind_register_emval, "j": __embind_register_float, "c": __embind_register_function, "e": __embind_register_integer, "d": __embind_register_memory_view, "i": __embind_register_std_string, "h": __embind_register_std_wstring, "l": __embind_register_void, "a": _abort, "o": _emscripten_memcpy_big, "n": _emscripten_resize_heap };
    var asm = createWasm();
    var ___wasm_call_ctors = Module["___wasm_call_ctors"] = function() {
      return (___wasm_call_ctors = Module["___wasm_call_ctors"] = Module["asm"]["r"]).apply(null, arguments);
    };
    var _malloc = Module["_malloc"] = function() {
      return (_malloc = Module["_malloc"] = Module["asm"]["t"]).apply(null, arguments);
    };
    var _free = Module["_free"] = function() {
      return (_free = Module["_free"] = Module["asm"]["u"]).apply(null, arguments);
    };
    var ___getTypeName = Module["___getTypeName"] = function() {
      return (___getTypeName = Module["___getTypeName"] = Module["asm"]["v"]).apply(null, arguments);
    };
    var ___embind_register_native_and_builtin_types = Module["___embind_register_native_and_builtin_types"] = function() {
      return (___embind_register_native_and_builtin_types = Module["___embind_register_native_and_builtin_types"] = Module["asm"]["w"]).apply(null, arguments);
    };
    var calledRun;
    dependenciesFulfilled = /* @__PURE__ */ __name(function runCaller() {
      if (!calledRun) run();
      if (!calledRun) dependenciesFulfilled = runCaller;
    }, "runCaller");
    function run(args) {
      args = args || arguments_;
      if (runDependencies > 0) {
        return;
      }
      preRun();
      if (runDependencies > 0) {
        return;
      }
      function doRun() {
        if (calledRun) return;
        calledRun = true;
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        readyPromiseResolve(Module);
        postRun();
      }
      __name(doRun, "doRun");
      {
        doRun();
      }
    }
    __name(run, "run");
    Module["run"] = run;
    run();
    return createSimkitModule2.ready;
  });
})();
var simkit_noeval_default = createSimkitModule;

// ../node_modules/simkit/dist/errors.js
var CODE_NAMES = [
  "INTERNAL",
  // 0 is success and never mapped
  "INVALID_ARGUMENT",
  "INVALID_UTF8",
  "CORRUPT_DATA",
  "UNSUPPORTED_VERSION",
  "OUT_OF_MEMORY",
  "NOT_FOUND",
  "INTERNAL"
];
var SimkitError = class extends Error {
  static {
    __name(this, "SimkitError");
  }
  code;
  constructor(code, message) {
    super(message);
    this.name = "SimkitError";
    this.code = code;
  }
};
function statusError(fn, status, message) {
  const text = `simkit.${fn}: ${message || "failed"}`;
  const code = CODE_NAMES[status] ?? "INTERNAL";
  if (code === "INVALID_ARGUMENT")
    return new RangeError(text);
  return new SimkitError(code, text);
}
__name(statusError, "statusError");

// ../node_modules/simkit/dist/instance.js
var encoder = new TextEncoder();
var HUGE_STRING = 4 << 20;
var current = null;
function setInstance(raw) {
  current = new Instance(raw);
}
__name(setInstance, "setInstance");
function instance(fn) {
  if (current === null) {
    throw new SimkitError("NOT_INITIALIZED", `simkit.${fn}: call (and await) init() first`);
  }
  if (current.aborted) {
    throw new SimkitError("INSTANCE_ABORTED", `simkit.${fn}: the wasm instance aborted earlier; call init({ fresh: true })`);
  }
  return current;
}
__name(instance, "instance");
var Instance = class {
  static {
    __name(this, "Instance");
  }
  raw;
  aborted = false;
  constructor(raw) {
    this.raw = raw;
  }
  /**
   * Reserves the arena for `parts` (strings are UTF-8 encoded in place, bytes copied) plus
   * `extraU32` 4-byte-aligned uint32 slots after them. Returns where each part went and the byte
   * offset of the uint32 slots.
   */
  place(fn, input, extraU32 = 0) {
    const parts = input.some((p) => typeof p === "string" && p.length > HUGE_STRING) ? input.map((p) => typeof p === "string" && p.length > HUGE_STRING ? encoder.encode(p) : p) : input;
    let capacity = 0;
    for (const p of parts)
      capacity += typeof p === "string" ? p.length * 3 : p.length;
    const u32Offset = capacity + 3 & ~3;
    const total = u32Offset + extraU32 * 4;
    const base = this.call(fn, () => this.raw.arena_reserve(Math.max(total, 1)));
    if (base === 0) {
      throw new SimkitError("OUT_OF_MEMORY", `simkit.${fn}: cannot reserve ${total} bytes of wasm memory for the input`);
    }
    const heap = this.raw.HEAPU8;
    const placed = [];
    let at = 0;
    for (const p of parts) {
      if (typeof p === "string") {
        const r = encoder.encodeInto(p, heap.subarray(base + at, base + at + p.length * 3));
        placed.push({ offset: at, length: r.written });
        at += r.written;
      } else {
        heap.set(p, base + at);
        placed.push({ offset: at, length: p.length });
        at += p.length;
      }
    }
    return { placed, u32Offset };
  }
  /** Writes `values` into the uint32 slots reserved by the last place(). */
  writeU32(u32Offset, values) {
    const base = this.raw.arena_reserve(0);
    this.raw.HEAPU32.set(values, base + u32Offset >>> 2);
  }
  /** Base address of the arena (valid until the next place()). */
  arenaBase() {
    return this.raw.arena_reserve(0);
  }
  /**
   * Runs a native call. A trap (WebAssembly.RuntimeError: an abort, out of bounds) poisons the
   * instance: its memory may be inconsistent, so every later call refuses to run.
   */
  call(fn, body) {
    try {
      return body();
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        this.aborted = true;
        throw new SimkitError("INSTANCE_ABORTED", `simkit.${fn}: the wasm instance aborted (${e.message}); call init({ fresh: true })`);
      }
      throw e;
    }
  }
  /** Calls an entry point that returns a status, throwing the mapped error on failure. */
  check(fn, body) {
    const status = this.call(fn, () => body(this.raw));
    if (status !== 0)
      throw statusError(fn, status, this.raw.last_error_message());
  }
  resultBytes() {
    const p = this.raw.result_bytes_ptr();
    return this.raw.HEAPU8.slice(p, p + this.raw.result_bytes_size());
  }
  resultU32() {
    const p = this.raw.result_u32_ptr() >>> 2;
    return this.raw.HEAPU32.slice(p, p + this.raw.result_u32_size());
  }
  resultSpans() {
    const p = this.raw.result_spans_ptr() >>> 2;
    return this.raw.HEAPU32.slice(p, p + this.raw.result_spans_size());
  }
  resultF64() {
    const p = this.raw.result_f64_ptr();
    const n = this.raw.result_f64_size();
    return new Float64Array(this.raw.HEAPU8.buffer.slice(p, p + n * 8));
  }
};

// ../node_modules/simkit/dist/native.js
var RAW_FUNCTIONS = [
  "arena_reserve",
  "result_bytes_ptr",
  "result_bytes_size",
  "result_u32_ptr",
  "result_u32_size",
  "result_spans_ptr",
  "result_spans_size",
  "result_f64_ptr",
  "result_f64_size",
  "last_error_message",
  "text_normalize",
  "text_tokenize",
  "text_shingles",
  "text_set_similarity",
  "hash_one",
  "hash_batch",
  "winnow_fingerprint",
  "winnow_passages",
  "NativeWinnowIndex",
  "minhash_sign_batch",
  "lsh_optimal_params",
  "lsh_param_areas",
  "minhash_serialize",
  "minhash_deserialize",
  "NativeLshIndex",
  "distance_pair",
  "distance_batch",
  "NativeMatcher",
  "vector_cosine",
  "simhash_batch",
  "NativeTfIdfModel",
  "NativeSimHashIndex",
  "style_profile",
  "NativeAuthorship",
  "NativeVerifier"
];

// ../node_modules/simkit/dist/init.js
var pending = null;
function isResponse(v) {
  return typeof Response !== "undefined" && v instanceof Response;
}
__name(isResponse, "isResponse");
function isWasm(bytes) {
  return bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 97 && bytes[2] === 115 && bytes[3] === 109;
}
__name(isWasm, "isWasm");
async function configFor(source) {
  if (source instanceof WebAssembly.Module) {
    return {
      instantiateWasm(imports, done) {
        WebAssembly.instantiate(source, imports).then((inst) => done(inst, source));
        return {};
      }
    };
  }
  if (source instanceof Uint8Array)
    return { wasmBinary: source };
  if (source instanceof ArrayBuffer)
    return { wasmBinary: new Uint8Array(source) };
  if (typeof source === "string" || source instanceof URL || isResponse(source)) {
    const response = isResponse(source) ? source : await fetch(source);
    if (!response.ok) {
      const where = response.url || String(source);
      throw new SimkitError("INTERNAL", `simkit.init: fetching the wasm from ${where} failed: HTTP ${response.status} (a bundler that does not copy simkit.wasm next to the bundle needs a copy step or init({ wasm: url }); see the README, "Loading")`);
    }
    const streaming = typeof WebAssembly.instantiateStreaming === "function" && (response.headers.get("content-type") ?? "").startsWith("application/wasm");
    if (!streaming) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isWasm(bytes)) {
        throw new SimkitError("INTERNAL", `simkit.init: ${response.url || String(source)} is not a wasm module (content-type ${response.headers.get("content-type") ?? "none"}); a dev server that pre-bundles simkit serves a page there instead (Vite: optimizeDeps: { exclude: ['simkit'] }; see the README, "Loading")`);
      }
      return { wasmBinary: bytes };
    }
    return {
      instantiateWasm(imports, done) {
        WebAssembly.instantiateStreaming(response, imports).then((r) => done(r.instance, r.module));
        return {};
      }
    };
  }
  throw new TypeError("simkit.init: wasm must be a URL, string, ArrayBuffer, Uint8Array, Response or WebAssembly.Module");
}
__name(configFor, "configFor");
function initOn(platform, options = {}) {
  if (options === null || typeof options !== "object") {
    return Promise.reject(new TypeError("simkit.init: options must be an object"));
  }
  if (pending !== null && !options.fresh)
    return pending;
  const load = (async () => {
    let source = options.wasm === void 0 ? void 0 : await options.wasm;
    if (source === void 0) {
      if (platform.defaultSource === null) {
        throw new TypeError("simkit.init: this entry point needs init({ wasm }) (a WebAssembly.Module, bytes or URL)");
      }
      source = await platform.defaultSource();
    }
    const raw = await platform.factory(await configFor(source));
    for (const name of RAW_FUNCTIONS) {
      if (typeof raw[name] !== "function")
        throw new SimkitError("INTERNAL", `simkit.init: the wasm module lacks ${name}; glue and package are out of step`);
    }
    setInstance(raw);
  })();
  pending = load;
  load.catch(() => {
    if (pending === load)
      pending = null;
  });
  return load;
}
__name(initOn, "initOn");

// ../node_modules/simkit/dist/validate.js
function describe(v) {
  if (typeof v === "string")
    return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v);
  if (typeof v === "bigint")
    return `${v}n`;
  if (v === null)
    return "null";
  if (Array.isArray(v))
    return "an array";
  if (typeof v === "object")
    return v.constructor?.name ? `a ${v.constructor.name}` : "an object";
  return String(v);
}
__name(describe, "describe");
function expectText(fn, name, v) {
  if (typeof v === "string" || v instanceof Uint8Array)
    return v;
  throw new TypeError(`simkit.${fn}: ${name} must be a string or a Uint8Array, got ${describe(v)}`);
}
__name(expectText, "expectText");
function expectInteger(fn, name, v, min, max) {
  if (typeof v !== "number")
    throw new TypeError(`simkit.${fn}: ${name} must be an integer in [${min}, ${max}], got ${describe(v)}`);
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`simkit.${fn}: ${name} must be an integer in [${min}, ${max}], got ${describe(v)}`);
  }
  return v;
}
__name(expectInteger, "expectInteger");
function expectBoolean(fn, name, v) {
  if (typeof v !== "boolean")
    throw new TypeError(`simkit.${fn}: ${name} must be a boolean, got ${describe(v)}`);
  return v;
}
__name(expectBoolean, "expectBoolean");
function expectEnum(fn, name, v, allowed) {
  if (typeof v !== "string" || !allowed.includes(v)) {
    const list = allowed.map((a) => `'${a}'`).join(", ");
    const err = typeof v === "string" ? RangeError : TypeError;
    throw new err(`simkit.${fn}: ${name} must be one of ${list}, got ${describe(v)}`);
  }
  return v;
}
__name(expectEnum, "expectEnum");
function expectOptions(fn, name, v, keys) {
  if (v === void 0)
    return {};
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw new TypeError(`simkit.${fn}: ${name} must be an object, got ${describe(v)}`);
  }
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) {
      throw new TypeError(`simkit.${fn}: unknown option ${name === "options" ? "" : `${name}.`}${k} (known: ${keys.join(", ")})`);
    }
  }
  return v;
}
__name(expectOptions, "expectOptions");
function expectSeed64(fn, name, v) {
  if (v === void 0)
    return [0, 0];
  let b;
  if (typeof v === "bigint") {
    b = v;
  } else if (typeof v === "number") {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`simkit.${fn}: ${name} must be an integer in [0, 2^53) or a bigint in [0, 2^64), got ${describe(v)}`);
    }
    b = BigInt(v);
  } else {
    throw new TypeError(`simkit.${fn}: ${name} must be a number or a bigint, got ${describe(v)}`);
  }
  if (b < 0n || b >= 1n << 64n)
    throw new RangeError(`simkit.${fn}: ${name} must be in [0, 2^64), got ${describe(v)}`);
  return [Number(b & 0xffffffffn), Number(b >> 32n)];
}
__name(expectSeed64, "expectSeed64");

// ../node_modules/simkit/dist/options.js
var NORMALIZE_KEYS = ["form", "caseFold", "stripDiacritics", "collapseWhitespace", "replaceInvalid"];
var SHINGLE_KEYS = ["shingle", "shingleSize", "seed", "normalize"];
var MAX_SHINGLE_SIZE = 64;
var FORMS = ["none", "NFC", "NFKC"];
function packNormalize(fn, v, name = "normalize") {
  const o = expectOptions(fn, name, v, NORMALIZE_KEYS);
  const form = o.form === void 0 ? "NFKC" : expectEnum(fn, `${name}.form`, o.form, FORMS);
  const flag = /* @__PURE__ */ __name((key, def) => o[key] === void 0 ? def : expectBoolean(fn, `${name}.${key}`, o[key]), "flag");
  let bits = FORMS.indexOf(form);
  if (flag("caseFold", true))
    bits |= 4;
  if (flag("stripDiacritics", false))
    bits |= 8;
  if (flag("collapseWhitespace", true))
    bits |= 16;
  if (flag("replaceInvalid", false))
    bits |= 32;
  return bits;
}
__name(packNormalize, "packNormalize");
function packShingle(fn, o) {
  const unit = o.shingle === void 0 ? "word" : expectEnum(fn, "shingle", o.shingle, ["word", "char"]);
  const size = o.shingleSize === void 0 ? unit === "word" ? 3 : 5 : expectInteger(fn, "shingleSize", o.shingleSize, 1, MAX_SHINGLE_SIZE);
  const [seedLo, seedHi] = expectSeed64(fn, "seed", o.seed);
  return { norm: packNormalize(fn, o.normalize), unit: unit === "word" ? 0 : 1, size, seedLo, seedHi };
}
__name(packShingle, "packShingle");

// ../node_modules/simkit/dist/text.js
var decoder = new TextDecoder();
function jaccard(a, b, options) {
  return compareSets("jaccard", a, b, options).jaccard;
}
__name(jaccard, "jaccard");
function compareSets(fn, a, b, options) {
  const ta = expectText(fn, "a", a);
  const tb = expectText(fn, "b", b);
  const o = expectOptions(fn, "options", options, SHINGLE_KEYS);
  const p = packShingle(fn, o);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [ta, tb]);
  inst.check(fn, (m) => m.text_set_similarity(placed[0].offset, placed[0].length, placed[1].offset, placed[1].length, p.norm, p.unit, p.size, p.seedLo, p.seedHi));
  const r = inst.resultF64();
  return { jaccard: r[0], containmentAInB: r[1], containmentBInA: r[2], sizeA: r[3], sizeB: r[4], intersection: r[5] };
}
__name(compareSets, "compareSets");

// ../node_modules/simkit/dist/hash.js
var XXH3 = 0;
function one(fn, algorithm, data, seed) {
  const text = expectText(fn, "data", data);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [text]);
  inst.check(fn, (m) => m.hash_one(algorithm, placed[0].offset, placed[0].length, seed[0], seed[1]));
  return inst.resultU32();
}
__name(one, "one");
function toBigInt(pair) {
  return BigInt(pair[1]) << 32n | BigInt(pair[0]);
}
__name(toBigInt, "toBigInt");
function xxh3(data, seed) {
  return toBigInt(one("xxh3", XXH3, data, expectSeed64("xxh3", "seed", seed)));
}
__name(xxh3, "xxh3");

// ../node_modules/simkit/dist/index.edge.js
function init(options) {
  return initOn({ factory: simkit_noeval_default, defaultSource: null }, options);
}
__name(init, "init");

// worker.js
import wasm from "./98bf2e598516557101d3e2a4f25e0e15008f7abf-simkit.wasm";
var worker_default = {
  async fetch(request) {
    await init({ wasm });
    const { searchParams } = new URL(request.url);
    const a = searchParams.get("a") ?? "";
    const b = searchParams.get("b") ?? "";
    return Response.json({ jaccard: jaccard(a, b, { shingleSize: 1 }), xxh3: xxh3(a).toString(16) });
  }
};

// ../node_modules/wrangler/templates/middleware/middleware-ensure-req-body-drained.ts
var drainBody = /* @__PURE__ */ __name(async (request, env, _ctx, middlewareCtx) => {
  try {
    return await middlewareCtx.next(request, env);
  } finally {
    try {
      if (request.body !== null && !request.bodyUsed) {
        const reader = request.body.getReader();
        while (!(await reader.read()).done) {
        }
      }
    } catch (e) {
      console.error("Failed to drain the unused request body.", e);
    }
  }
}, "drainBody");
var middleware_ensure_req_body_drained_default = drainBody;

// ../node_modules/wrangler/templates/middleware/middleware-miniflare3-json-error.ts
function reduceError(e) {
  return {
    name: e?.name,
    message: e?.message ?? String(e),
    stack: e?.stack,
    cause: e?.cause === void 0 ? void 0 : reduceError(e.cause)
  };
}
__name(reduceError, "reduceError");
var jsonError = /* @__PURE__ */ __name(async (request, env, _ctx, middlewareCtx) => {
  try {
    return await middlewareCtx.next(request, env);
  } catch (e) {
    const error = reduceError(e);
    return Response.json(error, {
      status: 500,
      headers: { "MF-Experimental-Error-Stack": "true" }
    });
  }
}, "jsonError");
var middleware_miniflare3_json_error_default = jsonError;

// .wrangler/tmp/bundle-MNsb4g/middleware-insertion-facade.js
var __INTERNAL_WRANGLER_MIDDLEWARE__ = [
  middleware_ensure_req_body_drained_default,
  middleware_miniflare3_json_error_default
];
var middleware_insertion_facade_default = worker_default;

// ../node_modules/wrangler/templates/middleware/common.ts
var __facade_middleware__ = [];
function __facade_register__(...args) {
  __facade_middleware__.push(...args.flat());
}
__name(__facade_register__, "__facade_register__");
function __facade_invokeChain__(request, env, ctx, dispatch, middlewareChain) {
  const [head, ...tail] = middlewareChain;
  const middlewareCtx = {
    dispatch,
    next(newRequest, newEnv) {
      return __facade_invokeChain__(newRequest, newEnv, ctx, dispatch, tail);
    }
  };
  return head(request, env, ctx, middlewareCtx);
}
__name(__facade_invokeChain__, "__facade_invokeChain__");
function __facade_invoke__(request, env, ctx, dispatch, finalMiddleware) {
  return __facade_invokeChain__(request, env, ctx, dispatch, [
    ...__facade_middleware__,
    finalMiddleware
  ]);
}
__name(__facade_invoke__, "__facade_invoke__");

// .wrangler/tmp/bundle-MNsb4g/middleware-loader.entry.ts
var __Facade_ScheduledController__ = class ___Facade_ScheduledController__ {
  constructor(scheduledTime, cron, noRetry) {
    this.scheduledTime = scheduledTime;
    this.cron = cron;
    this.#noRetry = noRetry;
  }
  static {
    __name(this, "__Facade_ScheduledController__");
  }
  #noRetry;
  noRetry() {
    if (!(this instanceof ___Facade_ScheduledController__)) {
      throw new TypeError("Illegal invocation");
    }
    this.#noRetry();
  }
};
function wrapExportedHandler(worker) {
  if (__INTERNAL_WRANGLER_MIDDLEWARE__ === void 0 || __INTERNAL_WRANGLER_MIDDLEWARE__.length === 0) {
    return worker;
  }
  for (const middleware of __INTERNAL_WRANGLER_MIDDLEWARE__) {
    __facade_register__(middleware);
  }
  const fetchDispatcher = /* @__PURE__ */ __name(function(request, env, ctx) {
    if (worker.fetch === void 0) {
      throw new Error("Handler does not export a fetch() function.");
    }
    return worker.fetch(request, env, ctx);
  }, "fetchDispatcher");
  return {
    ...worker,
    fetch(request, env, ctx) {
      const dispatcher = /* @__PURE__ */ __name(function(type, init2) {
        if (type === "scheduled" && worker.scheduled !== void 0) {
          const controller = new __Facade_ScheduledController__(
            Date.now(),
            init2.cron ?? "",
            () => {
            }
          );
          return worker.scheduled(controller, env, ctx);
        }
      }, "dispatcher");
      return __facade_invoke__(request, env, ctx, dispatcher, fetchDispatcher);
    }
  };
}
__name(wrapExportedHandler, "wrapExportedHandler");
function wrapWorkerEntrypoint(klass) {
  if (__INTERNAL_WRANGLER_MIDDLEWARE__ === void 0 || __INTERNAL_WRANGLER_MIDDLEWARE__.length === 0) {
    return klass;
  }
  for (const middleware of __INTERNAL_WRANGLER_MIDDLEWARE__) {
    __facade_register__(middleware);
  }
  return class extends klass {
    #fetchDispatcher = /* @__PURE__ */ __name((request, env, ctx) => {
      this.env = env;
      this.ctx = ctx;
      if (super.fetch === void 0) {
        throw new Error("Entrypoint class does not define a fetch() function.");
      }
      return super.fetch(request);
    }, "#fetchDispatcher");
    #dispatcher = /* @__PURE__ */ __name((type, init2) => {
      if (type === "scheduled" && super.scheduled !== void 0) {
        const controller = new __Facade_ScheduledController__(
          Date.now(),
          init2.cron ?? "",
          () => {
          }
        );
        return super.scheduled(controller);
      }
    }, "#dispatcher");
    fetch(request) {
      return __facade_invoke__(
        request,
        this.env,
        this.ctx,
        this.#dispatcher,
        this.#fetchDispatcher
      );
    }
  };
}
__name(wrapWorkerEntrypoint, "wrapWorkerEntrypoint");
var WRAPPED_ENTRY;
if (typeof middleware_insertion_facade_default === "object") {
  WRAPPED_ENTRY = wrapExportedHandler(middleware_insertion_facade_default);
} else if (typeof middleware_insertion_facade_default === "function") {
  WRAPPED_ENTRY = wrapWorkerEntrypoint(middleware_insertion_facade_default);
}
var middleware_loader_entry_default = WRAPPED_ENTRY;
export {
  __INTERNAL_WRANGLER_MIDDLEWARE__,
  middleware_loader_entry_default as default
};
//# sourceMappingURL=worker.js.map
