# 1 "perf_conv2d_image.sy"
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
# 1 "perf_conv2d_image.sy" 2

int img[160][160];
int tmp[160][160];
int blur[3][3] = {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}};
int edge[3][3] = {{0, -1, 0}, {-1, 4, -1}, {0, -1, 0}};

void convolve(int n, int k[][3], int shift_div) {
  int r = 1;
  while (r < n - 1) {
    int c = 1;
    while (c < n - 1) {
      int s = 0, i = 0;
      while (i < 3) {
        int j = 0;
        while (j < 3) {
          s = s + img[r + i - 1][c + j - 1] * k[i][j];
          j = j + 1;
        }
        i = i + 1;
      }
      tmp[r][c] = s / shift_div;
      c = c + 1;
    }
    r = r + 1;
  }
  r = 1;
  while (r < n - 1) {
    int c = 1;
    while (c < n - 1) {
      int v = tmp[r][c];
      if (v < 0) v = -v;
      if (v > 255) v = 255;
      img[r][c] = v;
      c = c + 1;
    }
    r = r + 1;
  }
}

int main() {
  int n = getint(), passes = getint();
  int r = 0;
  while (r < n) {
    int c = 0;
    while (c < n) {
      img[r][c] = (r * r + c * 7 + r * c) % 256;
      c = c + 1;
    }
    r = r + 1;
  }
  starttime();
  int p = 0;
  while (p < passes) {
    convolve(n, blur, 16);
    if (p % 3 == 2) convolve(n, edge, 1);
    p = p + 1;
  }
  stoptime();
  int hist[8] = {};
  r = 0;
  while (r < n) {
    int c = 0;
    while (c < n) {
      hist[img[r][c] / 32] = hist[img[r][c] / 32] + 1;
      c = c + 1;
    }
    r = r + 1;
  }
  putarray(8, hist);
  return hist[0] % 256;
}
