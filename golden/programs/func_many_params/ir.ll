; ModuleID = 'func_many_params.sy'
source_filename = "func_many_params.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.a = private unnamed_addr constant [3 x i32] [i32 1, i32 2, i32 3], align 4
@__const.main.b = private unnamed_addr constant [3 x i32] [i32 4, i32 5, i32 6], align 4
@__const.main.c = private unnamed_addr constant [3 x [2 x i32]] [[2 x i32] [i32 7, i32 1], [2 x i32] [i32 8, i32 2], [2 x i32] [i32 9, i32 3]], align 16
@__const.main.d = private unnamed_addr constant [3 x float] [float 5.000000e-01, float 1.250000e+00, float 2.000000e+00], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @weighted(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i32 noundef %10, i32 noundef %11) #0 {
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  store i32 %0, i32* %13, align 4
  store i32 %1, i32* %14, align 4
  store i32 %2, i32* %15, align 4
  store i32 %3, i32* %16, align 4
  store i32 %4, i32* %17, align 4
  store i32 %5, i32* %18, align 4
  store i32 %6, i32* %19, align 4
  store i32 %7, i32* %20, align 4
  store i32 %8, i32* %21, align 4
  store i32 %9, i32* %22, align 4
  store i32 %10, i32* %23, align 4
  store i32 %11, i32* %24, align 4
  %25 = load i32, i32* %13, align 4
  %26 = mul nsw i32 %25, 1
  %27 = load i32, i32* %14, align 4
  %28 = mul nsw i32 %27, 2
  %29 = add nsw i32 %26, %28
  %30 = load i32, i32* %15, align 4
  %31 = mul nsw i32 %30, 3
  %32 = add nsw i32 %29, %31
  %33 = load i32, i32* %16, align 4
  %34 = mul nsw i32 %33, 4
  %35 = add nsw i32 %32, %34
  %36 = load i32, i32* %17, align 4
  %37 = mul nsw i32 %36, 5
  %38 = add nsw i32 %35, %37
  %39 = load i32, i32* %18, align 4
  %40 = mul nsw i32 %39, 6
  %41 = add nsw i32 %38, %40
  %42 = load i32, i32* %19, align 4
  %43 = mul nsw i32 %42, 7
  %44 = add nsw i32 %41, %43
  %45 = load i32, i32* %20, align 4
  %46 = mul nsw i32 %45, 8
  %47 = add nsw i32 %44, %46
  %48 = load i32, i32* %21, align 4
  %49 = mul nsw i32 %48, 9
  %50 = add nsw i32 %47, %49
  %51 = load i32, i32* %22, align 4
  %52 = mul nsw i32 %51, 10
  %53 = add nsw i32 %50, %52
  %54 = load i32, i32* %23, align 4
  %55 = mul nsw i32 %54, 11
  %56 = add nsw i32 %53, %55
  %57 = load i32, i32* %24, align 4
  %58 = mul nsw i32 %57, 12
  %59 = add nsw i32 %56, %58
  ret i32 %59
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fmix(float noundef %0, i32 noundef %1, float noundef %2, i32 noundef %3, float noundef %4, i32 noundef %5, float noundef %6, i32 noundef %7, float noundef %8, i32 noundef %9, float noundef %10, i32 noundef %11, float noundef %12, i32 noundef %13, float noundef %14, i32 noundef %15, float noundef %16, i32 noundef %17, float noundef %18, i32 noundef %19) #0 {
  %21 = alloca float, align 4
  %22 = alloca i32, align 4
  %23 = alloca float, align 4
  %24 = alloca i32, align 4
  %25 = alloca float, align 4
  %26 = alloca i32, align 4
  %27 = alloca float, align 4
  %28 = alloca i32, align 4
  %29 = alloca float, align 4
  %30 = alloca i32, align 4
  %31 = alloca float, align 4
  %32 = alloca i32, align 4
  %33 = alloca float, align 4
  %34 = alloca i32, align 4
  %35 = alloca float, align 4
  %36 = alloca i32, align 4
  %37 = alloca float, align 4
  %38 = alloca i32, align 4
  %39 = alloca float, align 4
  %40 = alloca i32, align 4
  store float %0, float* %21, align 4
  store i32 %1, i32* %22, align 4
  store float %2, float* %23, align 4
  store i32 %3, i32* %24, align 4
  store float %4, float* %25, align 4
  store i32 %5, i32* %26, align 4
  store float %6, float* %27, align 4
  store i32 %7, i32* %28, align 4
  store float %8, float* %29, align 4
  store i32 %9, i32* %30, align 4
  store float %10, float* %31, align 4
  store i32 %11, i32* %32, align 4
  store float %12, float* %33, align 4
  store i32 %13, i32* %34, align 4
  store float %14, float* %35, align 4
  store i32 %15, i32* %36, align 4
  store float %16, float* %37, align 4
  store i32 %17, i32* %38, align 4
  store float %18, float* %39, align 4
  store i32 %19, i32* %40, align 4
  %41 = load float, float* %21, align 4
  %42 = load i32, i32* %22, align 4
  %43 = sitofp i32 %42 to float
  %44 = fmul float %41, %43
  %45 = load float, float* %23, align 4
  %46 = load i32, i32* %24, align 4
  %47 = sitofp i32 %46 to float
  %48 = fmul float %45, %47
  %49 = fadd float %44, %48
  %50 = load float, float* %25, align 4
  %51 = load i32, i32* %26, align 4
  %52 = sitofp i32 %51 to float
  %53 = fmul float %50, %52
  %54 = fadd float %49, %53
  %55 = load float, float* %27, align 4
  %56 = load i32, i32* %28, align 4
  %57 = sitofp i32 %56 to float
  %58 = fmul float %55, %57
  %59 = fadd float %54, %58
  %60 = load float, float* %29, align 4
  %61 = load i32, i32* %30, align 4
  %62 = sitofp i32 %61 to float
  %63 = fmul float %60, %62
  %64 = fadd float %59, %63
  %65 = load float, float* %31, align 4
  %66 = load i32, i32* %32, align 4
  %67 = sitofp i32 %66 to float
  %68 = fmul float %65, %67
  %69 = fadd float %64, %68
  %70 = load float, float* %33, align 4
  %71 = load i32, i32* %34, align 4
  %72 = sitofp i32 %71 to float
  %73 = fmul float %70, %72
  %74 = fadd float %69, %73
  %75 = load float, float* %35, align 4
  %76 = load i32, i32* %36, align 4
  %77 = sitofp i32 %76 to float
  %78 = fmul float %75, %77
  %79 = fadd float %74, %78
  %80 = load float, float* %37, align 4
  %81 = load i32, i32* %38, align 4
  %82 = sitofp i32 %81 to float
  %83 = fmul float %80, %82
  %84 = fadd float %79, %83
  %85 = load float, float* %39, align 4
  %86 = load i32, i32* %40, align 4
  %87 = sitofp i32 %86 to float
  %88 = fmul float %85, %87
  %89 = fadd float %84, %88
  ret float %89
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @arr_args(i32* noundef %0, i32* noundef %1, [2 x i32]* noundef %2, float* noundef %3, i32 noundef %4, i32 noundef %5) #0 {
  %7 = alloca i32*, align 8
  %8 = alloca i32*, align 8
  %9 = alloca [2 x i32]*, align 8
  %10 = alloca float*, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32* %0, i32** %7, align 8
  store i32* %1, i32** %8, align 8
  store [2 x i32]* %2, [2 x i32]** %9, align 8
  store float* %3, float** %10, align 8
  store i32 %4, i32* %11, align 4
  store i32 %5, i32* %12, align 4
  store i32 0, i32* %13, align 4
  store i32 0, i32* %14, align 4
  br label %15

15:                                               ; preds = %19, %6
  %16 = load i32, i32* %13, align 4
  %17 = load i32, i32* %11, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %60

19:                                               ; preds = %15
  %20 = load i32, i32* %14, align 4
  %21 = load i32*, i32** %7, align 8
  %22 = load i32, i32* %13, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, i32* %21, i64 %23
  %25 = load i32, i32* %24, align 4
  %26 = load i32*, i32** %8, align 8
  %27 = load i32, i32* %13, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, i32* %26, i64 %28
  %30 = load i32, i32* %29, align 4
  %31 = mul nsw i32 %25, %30
  %32 = add nsw i32 %20, %31
  %33 = load [2 x i32]*, [2 x i32]** %9, align 8
  %34 = load i32, i32* %13, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [2 x i32], [2 x i32]* %33, i64 %35
  %37 = getelementptr inbounds [2 x i32], [2 x i32]* %36, i64 0, i64 0
  %38 = load i32, i32* %37, align 4
  %39 = add nsw i32 %32, %38
  %40 = load [2 x i32]*, [2 x i32]** %9, align 8
  %41 = load i32, i32* %13, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [2 x i32], [2 x i32]* %40, i64 %42
  %44 = getelementptr inbounds [2 x i32], [2 x i32]* %43, i64 0, i64 1
  %45 = load i32, i32* %44, align 4
  %46 = sub nsw i32 %39, %45
  %47 = sitofp i32 %46 to float
  %48 = load float*, float** %10, align 8
  %49 = load i32, i32* %13, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds float, float* %48, i64 %50
  %52 = load float, float* %51, align 4
  %53 = load i32, i32* %12, align 4
  %54 = sitofp i32 %53 to float
  %55 = fmul float %52, %54
  %56 = fadd float %47, %55
  %57 = fptosi float %56 to i32
  store i32 %57, i32* %14, align 4
  %58 = load i32, i32* %13, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, i32* %13, align 4
  br label %15, !llvm.loop !6

60:                                               ; preds = %15
  %61 = load i32, i32* %14, align 4
  ret i32 %61
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @chain(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7) #0 {
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 %0, i32* %10, align 4
  store i32 %1, i32* %11, align 4
  store i32 %2, i32* %12, align 4
  store i32 %3, i32* %13, align 4
  store i32 %4, i32* %14, align 4
  store i32 %5, i32* %15, align 4
  store i32 %6, i32* %16, align 4
  store i32 %7, i32* %17, align 4
  %18 = load i32, i32* %10, align 4
  %19 = icmp sle i32 %18, 0
  br i1 %19, label %20, label %34

20:                                               ; preds = %8
  %21 = load i32, i32* %11, align 4
  %22 = load i32, i32* %12, align 4
  %23 = add nsw i32 %21, %22
  %24 = load i32, i32* %13, align 4
  %25 = add nsw i32 %23, %24
  %26 = load i32, i32* %14, align 4
  %27 = add nsw i32 %25, %26
  %28 = load i32, i32* %15, align 4
  %29 = add nsw i32 %27, %28
  %30 = load i32, i32* %16, align 4
  %31 = add nsw i32 %29, %30
  %32 = load i32, i32* %17, align 4
  %33 = add nsw i32 %31, %32
  store i32 %33, i32* %9, align 4
  br label %46

34:                                               ; preds = %8
  %35 = load i32, i32* %10, align 4
  %36 = sub nsw i32 %35, 1
  %37 = load i32, i32* %12, align 4
  %38 = load i32, i32* %13, align 4
  %39 = load i32, i32* %14, align 4
  %40 = load i32, i32* %15, align 4
  %41 = load i32, i32* %16, align 4
  %42 = load i32, i32* %17, align 4
  %43 = load i32, i32* %11, align 4
  %44 = add nsw i32 %43, 1
  %45 = call i32 @chain(i32 noundef %36, i32 noundef %37, i32 noundef %38, i32 noundef %39, i32 noundef %40, i32 noundef %41, i32 noundef %42, i32 noundef %44)
  store i32 %45, i32* %9, align 4
  br label %46

46:                                               ; preds = %34, %20
  %47 = load i32, i32* %9, align 4
  ret i32 %47
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca [3 x i32], align 4
  %5 = alloca [3 x i32], align 4
  %6 = alloca [3 x [2 x i32]], align 16
  %7 = alloca [3 x float], align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %10 = call i32 @weighted(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10, i32 noundef 11, i32 noundef 12)
  store i32 %10, i32* %2, align 4
  %11 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %11)
  call void @putch(i32 noundef 10)
  %12 = call float @fmix(float noundef 5.000000e-01, i32 noundef 1, float noundef 1.500000e+00, i32 noundef 2, float noundef 2.500000e+00, i32 noundef 3, float noundef 3.500000e+00, i32 noundef 4, float noundef 4.500000e+00, i32 noundef 5, float noundef 5.500000e+00, i32 noundef 6, float noundef 6.500000e+00, i32 noundef 7, float noundef 7.500000e+00, i32 noundef 8, float noundef 8.500000e+00, i32 noundef 9, float noundef 9.500000e+00, i32 noundef 10)
  store float %12, float* %3, align 4
  %13 = load float, float* %3, align 4
  call void @putfloat(float noundef %13)
  call void @putch(i32 noundef 10)
  %14 = bitcast [3 x i32]* %4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %14, i8* align 4 bitcast ([3 x i32]* @__const.main.a to i8*), i64 12, i1 false)
  %15 = bitcast [3 x i32]* %5 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %15, i8* align 4 bitcast ([3 x i32]* @__const.main.b to i8*), i64 12, i1 false)
  %16 = bitcast [3 x [2 x i32]]* %6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %16, i8* align 16 bitcast ([3 x [2 x i32]]* @__const.main.c to i8*), i64 24, i1 false)
  %17 = bitcast [3 x float]* %7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %17, i8* align 4 bitcast ([3 x float]* @__const.main.d to i8*), i64 12, i1 false)
  %18 = getelementptr inbounds [3 x i32], [3 x i32]* %4, i64 0, i64 0
  %19 = getelementptr inbounds [3 x i32], [3 x i32]* %5, i64 0, i64 0
  %20 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %6, i64 0, i64 0
  %21 = getelementptr inbounds [3 x float], [3 x float]* %7, i64 0, i64 0
  %22 = call i32 @arr_args(i32* noundef %18, i32* noundef %19, [2 x i32]* noundef %20, float* noundef %21, i32 noundef 3, i32 noundef 4)
  store i32 %22, i32* %8, align 4
  %23 = load i32, i32* %8, align 4
  call void @putint(i32 noundef %23)
  call void @putch(i32 noundef 10)
  %24 = call i32 @chain(i32 noundef 5, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7)
  store i32 %24, i32* %9, align 4
  %25 = load i32, i32* %9, align 4
  call void @putint(i32 noundef %25)
  call void @putch(i32 noundef 10)
  %26 = load i32, i32* %2, align 4
  %27 = load i32, i32* %8, align 4
  %28 = add nsw i32 %26, %27
  %29 = load i32, i32* %9, align 4
  %30 = add nsw i32 %28, %29
  ret i32 %30
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfloat(float noundef) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn }

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
