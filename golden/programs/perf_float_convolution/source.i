# 1 "perf_float_convolution.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "perf_float_convolution.sy" 2

float signal[20000];
float out[20000];
float kernel[31];

int main() {
  int n = getint();
  int passes = getint();
  int k = 31, i = 0;
  float total = 0.0;
  while (i < k) {
    int d = i - 15;
    if (d < 0) d = -d;
    kernel[i] = 16 - d;
    total = total + kernel[i];
    i = i + 1;
  }
  i = 0;
  while (i < k) { kernel[i] = kernel[i] / total; i = i + 1; }
  i = 0;
  int s = 7;
  while (i < n) {
    s = (s * 75 + 74) % 65537;
    signal[i] = (s % 2000 - 1000) / 100.0;
    i = i + 1;
  }
  starttime();
  int p = 0;
  while (p < passes) {
    i = 15;
    while (i < n - 15) {
      float acc = 0.0;
      int j = 0;
      while (j < k) {
        acc = acc + signal[i + j - 15] * kernel[j];
        j = j + 1;
      }
      out[i] = acc;
      i = i + 1;
    }
    i = 15;
    while (i < n - 15) { signal[i] = out[i]; i = i + 1; }
    p = p + 1;
  }
  stoptime();
  float sum = 0.0;
  i = 0;
  while (i < n) { sum = sum + signal[i]; i = i + 1; }
  putfloat(sum); putch(10);
  putfloat(signal[n / 2]); putch(10);
  putfarray(5, out);
  int r = sum;
  return r % 256;
}
