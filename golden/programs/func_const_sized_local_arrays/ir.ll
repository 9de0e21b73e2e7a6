; ModuleID = 'func_const_sized_local_arrays.sy'
source_filename = "func_const_sized_local_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local constant i32 4, align 4
@K = dso_local constant i32 3, align 4
@__const.main.fv = private unnamed_addr constant [5 x float] [float 5.000000e-01, float 1.000000e+00, float 1.500000e+00, float 0.000000e+00, float 0.000000e+00], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @fill(i32* noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32*, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32* %0, i32** %5, align 8
  store i32 %1, i32* %6, align 4
  store i32 %2, i32* %7, align 4
  store i32 %3, i32* %8, align 4
  store i32 0, i32* %9, align 4
  br label %10

10:                                               ; preds = %14, %4
  %11 = load i32, i32* %9, align 4
  %12 = load i32, i32* %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %26

14:                                               ; preds = %10
  %15 = load i32, i32* %7, align 4
  %16 = load i32, i32* %9, align 4
  %17 = load i32, i32* %8, align 4
  %18 = mul nsw i32 %16, %17
  %19 = add nsw i32 %15, %18
  %20 = load i32*, i32** %5, align 8
  %21 = load i32, i32* %9, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, i32* %20, i64 %22
  store i32 %19, i32* %23, align 4
  %24 = load i32, i32* %9, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, i32* %9, align 4
  br label %10, !llvm.loop !6

26:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @row_sums(i32* noundef %0, i32 noundef %1, i32* noundef %2) #0 {
  %4 = alloca i32*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32*, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32* %0, i32** %4, align 8
  store i32 %1, i32* %5, align 4
  store i32* %2, i32** %6, align 8
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  br label %10

10:                                               ; preds = %44, %3
  %11 = load i32, i32* %7, align 4
  %12 = load i32, i32* %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %54

14:                                               ; preds = %10
  store i32 0, i32* %9, align 4
  %15 = load i32*, i32** %6, align 8
  %16 = load i32, i32* %7, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, i32* %15, i64 %17
  store i32 0, i32* %18, align 4
  br label %19

19:                                               ; preds = %22, %14
  %20 = load i32, i32* %9, align 4
  %21 = icmp slt i32 %20, 4
  br i1 %21, label %22, label %44

22:                                               ; preds = %19
  %23 = load i32*, i32** %6, align 8
  %24 = load i32, i32* %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, i32* %23, i64 %25
  %27 = load i32, i32* %26, align 4
  %28 = load i32*, i32** %4, align 8
  %29 = load i32, i32* %7, align 4
  %30 = sext i32 %29 to i64
  %31 = mul nsw i64 %30, 4
  %32 = getelementptr inbounds i32, i32* %28, i64 %31
  %33 = load i32, i32* %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, i32* %32, i64 %34
  %36 = load i32, i32* %35, align 4
  %37 = add nsw i32 %27, %36
  %38 = load i32*, i32** %6, align 8
  %39 = load i32, i32* %7, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i32, i32* %38, i64 %40
  store i32 %37, i32* %41, align 4
  %42 = load i32, i32* %9, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %9, align 4
  br label %19, !llvm.loop !8

44:                                               ; preds = %19
  %45 = load i32, i32* %8, align 4
  %46 = load i32*, i32** %6, align 8
  %47 = load i32, i32* %7, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i32, i32* %46, i64 %48
  %50 = load i32, i32* %49, align 4
  %51 = add nsw i32 %45, %50
  store i32 %51, i32* %8, align 4
  %52 = load i32, i32* %7, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, i32* %7, align 4
  br label %10, !llvm.loop !9

54:                                               ; preds = %10
  %55 = load i32, i32* %8, align 4
  ret i32 %55
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @trace3([2 x i32]* noundef %0, i32 noundef %1) #0 {
  %3 = alloca [2 x i32]*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store [2 x i32]* %0, [2 x i32]** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %11, %2
  %8 = load i32, i32* %5, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %30

11:                                               ; preds = %7
  %12 = load i32, i32* %6, align 4
  %13 = load [2 x i32]*, [2 x i32]** %3, align 8
  %14 = load i32, i32* %5, align 4
  %15 = sext i32 %14 to i64
  %16 = mul nsw i64 %15, 3
  %17 = getelementptr inbounds [2 x i32], [2 x i32]* %13, i64 %16
  %18 = load i32, i32* %5, align 4
  %19 = srem i32 %18, 3
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [2 x i32], [2 x i32]* %17, i64 %20
  %22 = load i32, i32* %5, align 4
  %23 = srem i32 %22, 2
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [2 x i32], [2 x i32]* %21, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4
  %27 = add nsw i32 %12, %26
  store i32 %27, i32* %6, align 4
  %28 = load i32, i32* %5, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, i32* %5, align 4
  br label %7, !llvm.loop !10

30:                                               ; preds = %7
  %31 = load i32, i32* %6, align 4
  ret i32 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @dot(float* noundef %0, float* noundef %1, i32 noundef %2) #0 {
  %4 = alloca float*, align 8
  %5 = alloca float*, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  store float* %0, float** %4, align 8
  store float* %1, float** %5, align 8
  store i32 %2, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store float 0.000000e+00, float* %8, align 4
  br label %9

9:                                                ; preds = %12, %3
  %10 = load i32, i32* %7, align 4
  %11 = icmp slt i32 %10, 5
  br i1 %11, label %12, label %32

12:                                               ; preds = %9
  %13 = load float, float* %8, align 4
  %14 = load float*, float** %4, align 8
  %15 = load i32, i32* %7, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds float, float* %14, i64 %16
  %18 = load float, float* %17, align 4
  %19 = load float*, float** %5, align 8
  %20 = load i32, i32* %6, align 4
  %21 = sext i32 %20 to i64
  %22 = mul nsw i64 %21, 5
  %23 = getelementptr inbounds float, float* %19, i64 %22
  %24 = load i32, i32* %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds float, float* %23, i64 %25
  %27 = load float, float* %26, align 4
  %28 = fmul float %18, %27
  %29 = fadd float %13, %28
  store float %29, float* %8, align 4
  %30 = load i32, i32* %7, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, i32* %7, align 4
  br label %9, !llvm.loop !11

32:                                               ; preds = %9
  %33 = load float, float* %8, align 4
  ret float %33
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i8*, align 8
  %4 = alloca [9 x i32], align 16
  %5 = alloca [3 x [4 x i32]], align 16
  %6 = alloca [6 x [4 x i32]], align 16
  %7 = alloca [5 x float], align 16
  %8 = alloca [2 x [5 x float]], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 6, i32* %2, align 4
  %11 = call i8* @llvm.stacksave()
  store i8* %11, i8** %3, align 8
  %12 = alloca i32, i64 4, align 16
  %13 = alloca i32, i64 24, align 16
  %14 = alloca [2 x i32], i64 12, align 16
  %15 = alloca i32, i64 6, align 16
  %16 = bitcast [9 x i32]* %4 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %16, i8 0, i64 36, i1 false)
  %17 = bitcast i8* %16 to [9 x i32]*
  %18 = getelementptr inbounds [9 x i32], [9 x i32]* %17, i32 0, i32 0
  store i32 3, i32* %18, align 16
  %19 = getelementptr inbounds [9 x i32], [9 x i32]* %17, i32 0, i32 1
  store i32 1, i32* %19, align 4
  %20 = getelementptr inbounds [9 x i32], [9 x i32]* %17, i32 0, i32 2
  store i32 4, i32* %20, align 8
  %21 = getelementptr inbounds [9 x i32], [9 x i32]* %17, i32 0, i32 3
  store i32 1, i32* %21, align 4
  %22 = getelementptr inbounds [9 x i32], [9 x i32]* %17, i32 0, i32 4
  store i32 5, i32* %22, align 16
  %23 = bitcast [3 x [4 x i32]]* %5 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %23, i8 0, i64 48, i1 false)
  %24 = bitcast [6 x [4 x i32]]* %6 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %24, i8 0, i64 96, i1 false)
  %25 = bitcast i8* %24 to [6 x [4 x i32]]*
  %26 = getelementptr inbounds [6 x [4 x i32]], [6 x [4 x i32]]* %25, i32 0, i32 0
  %27 = getelementptr inbounds [4 x i32], [4 x i32]* %26, i32 0, i32 0
  store i32 1, i32* %27, align 16
  %28 = getelementptr inbounds [6 x [4 x i32]], [6 x [4 x i32]]* %25, i32 0, i32 1
  %29 = getelementptr inbounds [4 x i32], [4 x i32]* %28, i32 0, i32 0
  store i32 2, i32* %29, align 16
  %30 = getelementptr inbounds [4 x i32], [4 x i32]* %28, i32 0, i32 1
  store i32 3, i32* %30, align 4
  %31 = getelementptr inbounds [6 x [4 x i32]], [6 x [4 x i32]]* %25, i32 0, i32 2
  %32 = getelementptr inbounds [4 x i32], [4 x i32]* %31, i32 0, i32 0
  store i32 4, i32* %32, align 16
  %33 = getelementptr inbounds [4 x i32], [4 x i32]* %31, i32 0, i32 1
  store i32 5, i32* %33, align 4
  %34 = bitcast [5 x float]* %7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %34, i8* align 16 bitcast ([5 x float]* @__const.main.fv to i8*), i64 20, i1 false)
  %35 = bitcast [2 x [5 x float]]* %8 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %35, i8 0, i64 40, i1 false)
  %36 = bitcast i8* %35 to [2 x [5 x float]]*
  %37 = getelementptr inbounds [2 x [5 x float]], [2 x [5 x float]]* %36, i32 0, i32 0
  %38 = getelementptr inbounds [5 x float], [5 x float]* %37, i32 0, i32 0
  store float 1.000000e+00, float* %38, align 16
  %39 = getelementptr inbounds [5 x float], [5 x float]* %37, i32 0, i32 1
  store float 2.000000e+00, float* %39, align 4
  %40 = getelementptr inbounds [5 x float], [5 x float]* %37, i32 0, i32 2
  store float 3.000000e+00, float* %40, align 8
  %41 = getelementptr inbounds [5 x float], [5 x float]* %37, i32 0, i32 3
  store float 4.000000e+00, float* %41, align 4
  %42 = getelementptr inbounds [5 x float], [5 x float]* %37, i32 0, i32 4
  store float 5.000000e+00, float* %42, align 16
  %43 = getelementptr inbounds [2 x [5 x float]], [2 x [5 x float]]* %36, i32 0, i32 1
  %44 = getelementptr inbounds [5 x float], [5 x float]* %43, i32 0, i32 0
  store float -1.000000e+00, float* %44, align 4
  call void @fill(i32* noundef %12, i32 noundef 4, i32 noundef 10, i32 noundef -3)
  call void @putarray(i32 noundef 4, i32* noundef %12)
  store i32 0, i32* %9, align 4
  br label %45

45:                                               ; preds = %48, %0
  %46 = load i32, i32* %9, align 4
  %47 = icmp slt i32 %46, 6
  br i1 %47, label %48, label %61

48:                                               ; preds = %45
  %49 = load i32, i32* %9, align 4
  %50 = sext i32 %49 to i64
  %51 = mul nsw i64 %50, 4
  %52 = getelementptr inbounds i32, i32* %13, i64 %51
  %53 = load i32, i32* %9, align 4
  %54 = srem i32 %53, 9
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [9 x i32], [9 x i32]* %4, i64 0, i64 %55
  %57 = load i32, i32* %56, align 4
  %58 = load i32, i32* %9, align 4
  call void @fill(i32* noundef %52, i32 noundef 4, i32 noundef %57, i32 noundef %58)
  %59 = load i32, i32* %9, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, i32* %9, align 4
  br label %45, !llvm.loop !12

61:                                               ; preds = %45
  %62 = call i32 @row_sums(i32* noundef %13, i32 noundef 6, i32* noundef %15)
  call void @putint(i32 noundef %62)
  call void @putch(i32 noundef 32)
  call void @putarray(i32 noundef 6, i32* noundef %15)
  %63 = getelementptr inbounds [6 x [4 x i32]], [6 x [4 x i32]]* %6, i64 0, i64 0
  %64 = bitcast [4 x i32]* %63 to i32*
  %65 = call i32 @row_sums(i32* noundef %64, i32 noundef 6, i32* noundef %15)
  call void @putint(i32 noundef %65)
  call void @putch(i32 noundef 32)
  call void @putarray(i32 noundef 6, i32* noundef %15)
  %66 = getelementptr inbounds [3 x [4 x i32]], [3 x [4 x i32]]* %5, i64 0, i64 0
  %67 = bitcast [4 x i32]* %66 to i32*
  %68 = call i32 @row_sums(i32* noundef %67, i32 noundef 3, i32* noundef %15)
  call void @putint(i32 noundef %68)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %9, align 4
  br label %69

69:                                               ; preds = %109, %61
  %70 = load i32, i32* %9, align 4
  %71 = icmp slt i32 %70, 4
  br i1 %71, label %72, label %112

72:                                               ; preds = %69
  store i32 0, i32* %10, align 4
  br label %73

73:                                               ; preds = %76, %72
  %74 = load i32, i32* %10, align 4
  %75 = icmp slt i32 %74, 3
  br i1 %75, label %76, label %109

76:                                               ; preds = %73
  %77 = load i32, i32* %9, align 4
  %78 = mul nsw i32 %77, 10
  %79 = load i32, i32* %10, align 4
  %80 = add nsw i32 %78, %79
  %81 = load i32, i32* %9, align 4
  %82 = sext i32 %81 to i64
  %83 = mul nsw i64 %82, 3
  %84 = getelementptr inbounds [2 x i32], [2 x i32]* %14, i64 %83
  %85 = load i32, i32* %10, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [2 x i32], [2 x i32]* %84, i64 %86
  %88 = getelementptr inbounds [2 x i32], [2 x i32]* %87, i64 0, i64 0
  store i32 %80, i32* %88, align 8
  %89 = load i32, i32* %9, align 4
  %90 = sext i32 %89 to i64
  %91 = mul nsw i64 %90, 3
  %92 = getelementptr inbounds [2 x i32], [2 x i32]* %14, i64 %91
  %93 = load i32, i32* %10, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [2 x i32], [2 x i32]* %92, i64 %94
  %96 = getelementptr inbounds [2 x i32], [2 x i32]* %95, i64 0, i64 0
  %97 = load i32, i32* %96, align 8
  %98 = sub nsw i32 0, %97
  %99 = load i32, i32* %9, align 4
  %100 = sext i32 %99 to i64
  %101 = mul nsw i64 %100, 3
  %102 = getelementptr inbounds [2 x i32], [2 x i32]* %14, i64 %101
  %103 = load i32, i32* %10, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [2 x i32], [2 x i32]* %102, i64 %104
  %106 = getelementptr inbounds [2 x i32], [2 x i32]* %105, i64 0, i64 1
  store i32 %98, i32* %106, align 4
  %107 = load i32, i32* %10, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, i32* %10, align 4
  br label %73, !llvm.loop !13

109:                                              ; preds = %73
  %110 = load i32, i32* %9, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, i32* %9, align 4
  br label %69, !llvm.loop !14

112:                                              ; preds = %69
  %113 = call i32 @trace3([2 x i32]* noundef %14, i32 noundef 4)
  call void @putint(i32 noundef %113)
  call void @putch(i32 noundef 10)
  %114 = getelementptr inbounds [9 x i32], [9 x i32]* %4, i64 0, i64 0
  call void @putarray(i32 noundef 9, i32* noundef %114)
  %115 = getelementptr inbounds [5 x float], [5 x float]* %7, i64 0, i64 0
  %116 = getelementptr inbounds [2 x [5 x float]], [2 x [5 x float]]* %8, i64 0, i64 0
  %117 = bitcast [5 x float]* %116 to float*
  %118 = call float @dot(float* noundef %115, float* noundef %117, i32 noundef 0)
  call void @putfloat(float noundef %118)
  call void @putch(i32 noundef 32)
  %119 = getelementptr inbounds [2 x [5 x float]], [2 x [5 x float]]* %8, i64 0, i64 0
  %120 = getelementptr inbounds [5 x float], [5 x float]* %119, i64 0, i64 0
  %121 = getelementptr inbounds [2 x [5 x float]], [2 x [5 x float]]* %8, i64 0, i64 0
  %122 = bitcast [5 x float]* %121 to float*
  %123 = call float @dot(float* noundef %120, float* noundef %122, i32 noundef 1)
  call void @putfloat(float noundef %123)
  call void @putch(i32 noundef 10)
  %124 = getelementptr inbounds i32, i32* %15, i64 0
  %125 = load i32, i32* %124, align 16
  %126 = getelementptr inbounds i32, i32* %12, i64 3
  %127 = load i32, i32* %126, align 4
  %128 = add nsw i32 %125, %127
  %129 = add nsw i32 %128, 6
  store i32 %129, i32* %1, align 4
  %130 = load i8*, i8** %3, align 8
  call void @llvm.stackrestore(i8* %130)
  %131 = load i32, i32* %1, align 4
  ret i32 %131
}

; Function Attrs: nofree nosync nounwind willreturn
declare i8* @llvm.stacksave() #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

declare void @putarray(i32 noundef, i32* noundef) #4

declare void @putint(i32 noundef) #4

declare void @putch(i32 noundef) #4

declare void @putfloat(float noundef) #4

; Function Attrs: nofree nosync nounwind willreturn
declare void @llvm.stackrestore(i8*) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
