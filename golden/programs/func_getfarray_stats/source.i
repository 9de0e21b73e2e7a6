# 1 "func_getfarray_stats.sy"
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
# 1 "func_getfarray_stats.sy" 2

float xs[64];

float mean(float a[], int n) {
  float s = 0.0;
  int i = 0;
  while (i < n) { s = s + a[i]; i = i + 1; }
  return s / n;
}

void min_max(float a[], int n, float out[]) {
  out[0] = a[0];
  out[1] = a[0];
  int i = 1;
  while (i < n) {
    if (a[i] < out[0]) out[0] = a[i];
    if (a[i] > out[1]) out[1] = a[i];
    i = i + 1;
  }
}

int main() {
  int n = getfarray(xs);
  float scale = getfloat();
  float mm[2];
  float m = mean(xs, n);
  min_max(xs, n, mm);
  putfarray(n, xs);
  putfloat(m); putch(10);
  putfarray(2, mm);
  float var = 0.0;
  int i = 0, above = 0;
  while (i < n) {
    float d = xs[i] - m;
    var = var + d * d;
    if (xs[i] > m) above = above + 1;
    xs[i] = xs[i] * scale;
    i = i + 1;
  }
  putfloat(var / n); putch(10);
  putfarray(n, xs);
  putf("above mean: %d of %d\n", above, n);
  return above * 10 + n;
}
