# 1 "perf_mandelbrot_float.sy"
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
# 1 "perf_mandelbrot_float.sy" 2

float four = 4.0;

float mul_re(float ar, float ai, float br, float bi) {
  return ar * br - ai * bi;
}

float mul_im(float ar, float ai, float br, float bi) {
  return ar * bi + ai * br;
}

float norm2(float re, float im) {
  return re * re + im * im;
}

int escape(float cr, float ci, int max_iter) {
  float zr = 0.0, zi = 0.0;
  int k = 0;
  while (k < max_iter) {
    if (norm2(zr, zi) > four) return k;
    float nr = mul_re(zr, zi, zr, zi) + cr;
    float ni = mul_im(zr, zi, zr, zi) + ci;
    zr = nr;
    zi = ni;
    k = k + 1;
  }
  return max_iter;
}

int main() {
  int w = getint(), h = getint(), max_iter = getint();
  float x0 = -2.25, y0 = -1.25;
  float dx = 3.5 / w, dy = 2.5 / h;
  int shades[10] = {32, 46, 58, 45, 61, 43, 42, 35, 37, 64};
  starttime();
  int total = 0, inside = 0, r = 0;
  while (r < h) {
    int c = 0;
    while (c < w) {
      int k = escape(x0 + c * dx, y0 + r * dy, max_iter);
      total = total + k;
      if (k == max_iter) inside = inside + 1;
      if (r % 4 == 0 && c % 2 == 0) {
        if (k == max_iter) putch(64);
        else putch(shades[k % 9]);
      }
      c = c + 1;
    }
    if (r % 4 == 0) putch(10);
    r = r + 1;
  }
  stoptime();
  putf("inside=%d total=%d\n", inside, total);
  return inside % 256;
}
