; ModuleID = 'perf_const_dim_stencil.sy'
source_filename = "perf_const_dim_stencil.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local constant i32 120, align 4
@LAST = dso_local constant i32 119, align 4
@seed = dso_local global i32 0, align 4
@heat = dso_local global [120 x [120 x i32]] zeroinitializer, align 16
@scratch = dso_local global [120 x [120 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [13 x i8] c"step %d: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"final %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @next_random() #0 {
  %1 = load i32, i32* @seed, align 4
  %2 = mul nsw i32 %1, 97
  %3 = add nsw i32 %2, 13
  %4 = srem i32 %3, 10007
  store i32 %4, i32* @seed, align 4
  %5 = load i32, i32* @seed, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @diffuse(i32* noundef %0, i32* noundef %1) #0 {
  %3 = alloca i32*, align 8
  %4 = alloca i32*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32* %0, i32** %3, align 8
  store i32* %1, i32** %4, align 8
  store i32 1, i32* %5, align 4
  br label %7

7:                                                ; preds = %80, %2
  %8 = load i32, i32* %5, align 4
  %9 = icmp slt i32 %8, 119
  br i1 %9, label %10, label %83

10:                                               ; preds = %7
  store i32 1, i32* %6, align 4
  br label %11

11:                                               ; preds = %14, %10
  %12 = load i32, i32* %6, align 4
  %13 = icmp slt i32 %12, 119
  br i1 %13, label %14, label %80

14:                                               ; preds = %11
  %15 = load i32*, i32** %3, align 8
  %16 = load i32, i32* %5, align 4
  %17 = sext i32 %16 to i64
  %18 = mul nsw i64 %17, 120
  %19 = getelementptr inbounds i32, i32* %15, i64 %18
  %20 = load i32, i32* %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, i32* %19, i64 %21
  %23 = load i32, i32* %22, align 4
  %24 = mul nsw i32 %23, 4
  %25 = load i32*, i32** %3, align 8
  %26 = load i32, i32* %5, align 4
  %27 = sub nsw i32 %26, 1
  %28 = sext i32 %27 to i64
  %29 = mul nsw i64 %28, 120
  %30 = getelementptr inbounds i32, i32* %25, i64 %29
  %31 = load i32, i32* %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, i32* %30, i64 %32
  %34 = load i32, i32* %33, align 4
  %35 = add nsw i32 %24, %34
  %36 = load i32*, i32** %3, align 8
  %37 = load i32, i32* %5, align 4
  %38 = add nsw i32 %37, 1
  %39 = sext i32 %38 to i64
  %40 = mul nsw i64 %39, 120
  %41 = getelementptr inbounds i32, i32* %36, i64 %40
  %42 = load i32, i32* %6, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, i32* %41, i64 %43
  %45 = load i32, i32* %44, align 4
  %46 = add nsw i32 %35, %45
  %47 = load i32*, i32** %3, align 8
  %48 = load i32, i32* %5, align 4
  %49 = sext i32 %48 to i64
  %50 = mul nsw i64 %49, 120
  %51 = getelementptr inbounds i32, i32* %47, i64 %50
  %52 = load i32, i32* %6, align 4
  %53 = sub nsw i32 %52, 1
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, i32* %51, i64 %54
  %56 = load i32, i32* %55, align 4
  %57 = add nsw i32 %46, %56
  %58 = load i32*, i32** %3, align 8
  %59 = load i32, i32* %5, align 4
  %60 = sext i32 %59 to i64
  %61 = mul nsw i64 %60, 120
  %62 = getelementptr inbounds i32, i32* %58, i64 %61
  %63 = load i32, i32* %6, align 4
  %64 = add nsw i32 %63, 1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, i32* %62, i64 %65
  %67 = load i32, i32* %66, align 4
  %68 = add nsw i32 %57, %67
  %69 = sdiv i32 %68, 8
  %70 = load i32*, i32** %4, align 8
  %71 = load i32, i32* %5, align 4
  %72 = sext i32 %71 to i64
  %73 = mul nsw i64 %72, 120
  %74 = getelementptr inbounds i32, i32* %70, i64 %73
  %75 = load i32, i32* %6, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds i32, i32* %74, i64 %76
  store i32 %69, i32* %77, align 4
  %78 = load i32, i32* %6, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, i32* %6, align 4
  br label %11, !llvm.loop !6

80:                                               ; preds = %11
  %81 = load i32, i32* %5, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, i32* %5, align 4
  br label %7, !llvm.loop !8

83:                                               ; preds = %7
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @checksum(i32* noundef %0) #0 {
  %2 = alloca i32*, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32* %0, i32** %2, align 8
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %6

6:                                                ; preds = %29, %1
  %7 = load i32, i32* %3, align 4
  %8 = icmp slt i32 %7, 120
  br i1 %8, label %9, label %32

9:                                                ; preds = %6
  store i32 0, i32* %5, align 4
  br label %10

10:                                               ; preds = %13, %9
  %11 = load i32, i32* %5, align 4
  %12 = icmp slt i32 %11, 120
  br i1 %12, label %13, label %29

13:                                               ; preds = %10
  %14 = load i32, i32* %4, align 4
  %15 = mul nsw i32 %14, 31
  %16 = load i32*, i32** %2, align 8
  %17 = load i32, i32* %3, align 4
  %18 = sext i32 %17 to i64
  %19 = mul nsw i64 %18, 120
  %20 = getelementptr inbounds i32, i32* %16, i64 %19
  %21 = load i32, i32* %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, i32* %20, i64 %22
  %24 = load i32, i32* %23, align 4
  %25 = add nsw i32 %15, %24
  %26 = srem i32 %25, 1000003
  store i32 %26, i32* %4, align 4
  %27 = load i32, i32* %5, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, i32* %5, align 4
  br label %10, !llvm.loop !9

29:                                               ; preds = %10
  %30 = load i32, i32* %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, i32* %3, align 4
  br label %6, !llvm.loop !10

32:                                               ; preds = %6
  %33 = load i32, i32* %4, align 4
  ret i32 %33
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %8 = call i32 @getint()
  store i32 %8, i32* %2, align 4
  %9 = call i32 @getint()
  store i32 %9, i32* @seed, align 4
  store i32 0, i32* %3, align 4
  br label %10

10:                                               ; preds = %28, %0
  %11 = load i32, i32* %3, align 4
  %12 = icmp slt i32 %11, 120
  br i1 %12, label %13, label %31

13:                                               ; preds = %10
  store i32 0, i32* %4, align 4
  br label %14

14:                                               ; preds = %17, %13
  %15 = load i32, i32* %4, align 4
  %16 = icmp slt i32 %15, 120
  br i1 %16, label %17, label %28

17:                                               ; preds = %14
  %18 = call i32 @next_random()
  %19 = srem i32 %18, 1000
  %20 = load i32, i32* %3, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %21
  %23 = load i32, i32* %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [120 x i32], [120 x i32]* %22, i64 0, i64 %24
  store i32 %19, i32* %25, align 4
  %26 = load i32, i32* %4, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, i32* %4, align 4
  br label %14, !llvm.loop !11

28:                                               ; preds = %14
  %29 = load i32, i32* %3, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, i32* %3, align 4
  br label %10, !llvm.loop !12

31:                                               ; preds = %10
  store i32 0, i32* %3, align 4
  br label %32

32:                                               ; preds = %35, %31
  %33 = load i32, i32* %3, align 4
  %34 = icmp slt i32 %33, 120
  br i1 %34, label %35, label %70

35:                                               ; preds = %32
  %36 = load i32, i32* %3, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %37
  %39 = getelementptr inbounds [120 x i32], [120 x i32]* %38, i64 0, i64 0
  %40 = load i32, i32* %39, align 16
  %41 = load i32, i32* %3, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 %42
  %44 = getelementptr inbounds [120 x i32], [120 x i32]* %43, i64 0, i64 0
  store i32 %40, i32* %44, align 16
  %45 = load i32, i32* %3, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %46
  %48 = getelementptr inbounds [120 x i32], [120 x i32]* %47, i64 0, i64 119
  %49 = load i32, i32* %48, align 4
  %50 = load i32, i32* %3, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 %51
  %53 = getelementptr inbounds [120 x i32], [120 x i32]* %52, i64 0, i64 119
  store i32 %49, i32* %53, align 4
  %54 = load i32, i32* %3, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [120 x i32], [120 x i32]* getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 0), i64 0, i64 %55
  %57 = load i32, i32* %56, align 4
  %58 = load i32, i32* %3, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [120 x i32], [120 x i32]* getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 0), i64 0, i64 %59
  store i32 %57, i32* %60, align 4
  %61 = load i32, i32* %3, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [120 x i32], [120 x i32]* getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 119), i64 0, i64 %62
  %64 = load i32, i32* %63, align 4
  %65 = load i32, i32* %3, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [120 x i32], [120 x i32]* getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 119), i64 0, i64 %66
  store i32 %64, i32* %67, align 4
  %68 = load i32, i32* %3, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, i32* %3, align 4
  br label %32, !llvm.loop !13

70:                                               ; preds = %32
  call void @starttime()
  store i32 0, i32* %5, align 4
  br label %71

71:                                               ; preds = %108, %70
  %72 = load i32, i32* %5, align 4
  %73 = load i32, i32* %2, align 4
  %74 = icmp slt i32 %72, %73
  br i1 %74, label %75, label %109

75:                                               ; preds = %71
  %76 = load i32, i32* %5, align 4
  %77 = srem i32 %76, 2
  %78 = icmp eq i32 %77, 0
  br i1 %78, label %79, label %80

79:                                               ; preds = %75
  call void @diffuse(i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i32 0, i32 0, i32 0), i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i32 0, i32 0, i32 0))
  br label %81

80:                                               ; preds = %75
  call void @diffuse(i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i32 0, i32 0, i32 0), i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i32 0, i32 0, i32 0))
  br label %81

81:                                               ; preds = %80, %79
  %82 = call i32 @next_random()
  %83 = srem i32 %82, 118
  %84 = add nsw i32 %83, 1
  store i32 %84, i32* %6, align 4
  %85 = call i32 @next_random()
  %86 = srem i32 %85, 118
  %87 = add nsw i32 %86, 1
  store i32 %87, i32* %7, align 4
  %88 = load i32, i32* %6, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 %89
  %91 = load i32, i32* %7, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [120 x i32], [120 x i32]* %90, i64 0, i64 %92
  store i32 5000, i32* %93, align 4
  %94 = load i32, i32* %6, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i64 0, i64 %95
  %97 = load i32, i32* %7, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [120 x i32], [120 x i32]* %96, i64 0, i64 %98
  store i32 5000, i32* %99, align 4
  %100 = load i32, i32* %5, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, i32* %5, align 4
  %102 = load i32, i32* %5, align 4
  %103 = srem i32 %102, 10
  %104 = icmp eq i32 %103, 0
  br i1 %104, label %105, label %108

105:                                              ; preds = %81
  %106 = load i32, i32* %5, align 4
  %107 = call i32 @checksum(i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i32 0, i32 0, i32 0))
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 noundef %106, i32 noundef %107)
  br label %108

108:                                              ; preds = %105, %81
  br label %71, !llvm.loop !14

109:                                              ; preds = %71
  call void @stoptime()
  %110 = call i32 @checksum(i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i32 0, i32 0, i32 0))
  %111 = call i32 @checksum(i32* noundef getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @scratch, i32 0, i32 0, i32 0))
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.1, i64 0, i64 0), i32 noundef %110, i32 noundef %111)
  %112 = load i32, i32* getelementptr inbounds ([120 x [120 x i32]], [120 x [120 x i32]]* @heat, i64 0, i64 60, i64 60), align 16
  %113 = srem i32 %112, 256
  ret i32 %113
}

declare i32 @getint() #1

declare void @starttime() #1

declare void @putf(i8* noundef, ...) #1

declare void @stoptime() #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
