; ModuleID = 'perf_conv2d_image.sy'
source_filename = "perf_conv2d_image.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@blur = dso_local global [3 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 1], [3 x i32] [i32 2, i32 4, i32 2], [3 x i32] [i32 1, i32 2, i32 1]], align 16
@edge = dso_local global [3 x [3 x i32]] [[3 x i32] [i32 0, i32 -1, i32 0], [3 x i32] [i32 -1, i32 4, i32 -1], [3 x i32] [i32 0, i32 -1, i32 0]], align 16
@img = dso_local global [160 x [160 x i32]] zeroinitializer, align 16
@tmp = dso_local global [160 x [160 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @convolve(i32 noundef %0, [3 x i32]* noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca [3 x i32]*, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store [3 x i32]* %1, [3 x i32]** %5, align 8
  store i32 %2, i32* %6, align 4
  store i32 1, i32* %7, align 4
  br label %14

14:                                               ; preds = %75, %3
  %15 = load i32, i32* %7, align 4
  %16 = load i32, i32* %4, align 4
  %17 = sub nsw i32 %16, 1
  %18 = icmp slt i32 %15, %17
  br i1 %18, label %19, label %78

19:                                               ; preds = %14
  store i32 1, i32* %8, align 4
  br label %20

20:                                               ; preds = %63, %19
  %21 = load i32, i32* %8, align 4
  %22 = load i32, i32* %4, align 4
  %23 = sub nsw i32 %22, 1
  %24 = icmp slt i32 %21, %23
  br i1 %24, label %25, label %75

25:                                               ; preds = %20
  store i32 0, i32* %9, align 4
  store i32 0, i32* %10, align 4
  br label %26

26:                                               ; preds = %60, %25
  %27 = load i32, i32* %10, align 4
  %28 = icmp slt i32 %27, 3
  br i1 %28, label %29, label %63

29:                                               ; preds = %26
  store i32 0, i32* %11, align 4
  br label %30

30:                                               ; preds = %33, %29
  %31 = load i32, i32* %11, align 4
  %32 = icmp slt i32 %31, 3
  br i1 %32, label %33, label %60

33:                                               ; preds = %30
  %34 = load i32, i32* %9, align 4
  %35 = load i32, i32* %7, align 4
  %36 = load i32, i32* %10, align 4
  %37 = add nsw i32 %35, %36
  %38 = sub nsw i32 %37, 1
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %39
  %41 = load i32, i32* %8, align 4
  %42 = load i32, i32* %11, align 4
  %43 = add nsw i32 %41, %42
  %44 = sub nsw i32 %43, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [160 x i32], [160 x i32]* %40, i64 0, i64 %45
  %47 = load i32, i32* %46, align 4
  %48 = load [3 x i32]*, [3 x i32]** %5, align 8
  %49 = load i32, i32* %10, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [3 x i32], [3 x i32]* %48, i64 %50
  %52 = load i32, i32* %11, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [3 x i32], [3 x i32]* %51, i64 0, i64 %53
  %55 = load i32, i32* %54, align 4
  %56 = mul nsw i32 %47, %55
  %57 = add nsw i32 %34, %56
  store i32 %57, i32* %9, align 4
  %58 = load i32, i32* %11, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, i32* %11, align 4
  br label %30, !llvm.loop !6

60:                                               ; preds = %30
  %61 = load i32, i32* %10, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, i32* %10, align 4
  br label %26, !llvm.loop !8

63:                                               ; preds = %26
  %64 = load i32, i32* %9, align 4
  %65 = load i32, i32* %6, align 4
  %66 = sdiv i32 %64, %65
  %67 = load i32, i32* %7, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @tmp, i64 0, i64 %68
  %70 = load i32, i32* %8, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [160 x i32], [160 x i32]* %69, i64 0, i64 %71
  store i32 %66, i32* %72, align 4
  %73 = load i32, i32* %8, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, i32* %8, align 4
  br label %20, !llvm.loop !9

75:                                               ; preds = %20
  %76 = load i32, i32* %7, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, i32* %7, align 4
  br label %14, !llvm.loop !10

78:                                               ; preds = %14
  store i32 1, i32* %7, align 4
  br label %79

79:                                               ; preds = %117, %78
  %80 = load i32, i32* %7, align 4
  %81 = load i32, i32* %4, align 4
  %82 = sub nsw i32 %81, 1
  %83 = icmp slt i32 %80, %82
  br i1 %83, label %84, label %120

84:                                               ; preds = %79
  store i32 1, i32* %12, align 4
  br label %85

85:                                               ; preds = %107, %84
  %86 = load i32, i32* %12, align 4
  %87 = load i32, i32* %4, align 4
  %88 = sub nsw i32 %87, 1
  %89 = icmp slt i32 %86, %88
  br i1 %89, label %90, label %117

90:                                               ; preds = %85
  %91 = load i32, i32* %7, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @tmp, i64 0, i64 %92
  %94 = load i32, i32* %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [160 x i32], [160 x i32]* %93, i64 0, i64 %95
  %97 = load i32, i32* %96, align 4
  store i32 %97, i32* %13, align 4
  %98 = load i32, i32* %13, align 4
  %99 = icmp slt i32 %98, 0
  br i1 %99, label %100, label %103

100:                                              ; preds = %90
  %101 = load i32, i32* %13, align 4
  %102 = sub nsw i32 0, %101
  store i32 %102, i32* %13, align 4
  br label %103

103:                                              ; preds = %100, %90
  %104 = load i32, i32* %13, align 4
  %105 = icmp sgt i32 %104, 255
  br i1 %105, label %106, label %107

106:                                              ; preds = %103
  store i32 255, i32* %13, align 4
  br label %107

107:                                              ; preds = %106, %103
  %108 = load i32, i32* %13, align 4
  %109 = load i32, i32* %7, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %110
  %112 = load i32, i32* %12, align 4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [160 x i32], [160 x i32]* %111, i64 0, i64 %113
  store i32 %108, i32* %114, align 4
  %115 = load i32, i32* %12, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, i32* %12, align 4
  br label %85, !llvm.loop !11

117:                                              ; preds = %85
  %118 = load i32, i32* %7, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, i32* %7, align 4
  br label %79, !llvm.loop !12

120:                                              ; preds = %79
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [8 x i32], align 16
  %8 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %9 = call i32 @getint()
  store i32 %9, i32* %2, align 4
  %10 = call i32 @getint()
  store i32 %10, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %11

11:                                               ; preds = %40, %0
  %12 = load i32, i32* %4, align 4
  %13 = load i32, i32* %2, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %43

15:                                               ; preds = %11
  store i32 0, i32* %5, align 4
  br label %16

16:                                               ; preds = %20, %15
  %17 = load i32, i32* %5, align 4
  %18 = load i32, i32* %2, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %40

20:                                               ; preds = %16
  %21 = load i32, i32* %4, align 4
  %22 = load i32, i32* %4, align 4
  %23 = mul nsw i32 %21, %22
  %24 = load i32, i32* %5, align 4
  %25 = mul nsw i32 %24, 7
  %26 = add nsw i32 %23, %25
  %27 = load i32, i32* %4, align 4
  %28 = load i32, i32* %5, align 4
  %29 = mul nsw i32 %27, %28
  %30 = add nsw i32 %26, %29
  %31 = srem i32 %30, 256
  %32 = load i32, i32* %4, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %33
  %35 = load i32, i32* %5, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [160 x i32], [160 x i32]* %34, i64 0, i64 %36
  store i32 %31, i32* %37, align 4
  %38 = load i32, i32* %5, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, i32* %5, align 4
  br label %16, !llvm.loop !13

40:                                               ; preds = %16
  %41 = load i32, i32* %4, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* %4, align 4
  br label %11, !llvm.loop !14

43:                                               ; preds = %11
  call void @starttime()
  store i32 0, i32* %6, align 4
  br label %44

44:                                               ; preds = %55, %43
  %45 = load i32, i32* %6, align 4
  %46 = load i32, i32* %3, align 4
  %47 = icmp slt i32 %45, %46
  br i1 %47, label %48, label %58

48:                                               ; preds = %44
  %49 = load i32, i32* %2, align 4
  call void @convolve(i32 noundef %49, [3 x i32]* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @blur, i64 0, i64 0), i32 noundef 16)
  %50 = load i32, i32* %6, align 4
  %51 = srem i32 %50, 3
  %52 = icmp eq i32 %51, 2
  br i1 %52, label %53, label %55

53:                                               ; preds = %48
  %54 = load i32, i32* %2, align 4
  call void @convolve(i32 noundef %54, [3 x i32]* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @edge, i64 0, i64 0), i32 noundef 1)
  br label %55

55:                                               ; preds = %53, %48
  %56 = load i32, i32* %6, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, i32* %6, align 4
  br label %44, !llvm.loop !15

58:                                               ; preds = %44
  call void @stoptime()
  %59 = bitcast [8 x i32]* %7 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %59, i8 0, i64 32, i1 false)
  store i32 0, i32* %4, align 4
  br label %60

60:                                               ; preds = %94, %58
  %61 = load i32, i32* %4, align 4
  %62 = load i32, i32* %2, align 4
  %63 = icmp slt i32 %61, %62
  br i1 %63, label %64, label %97

64:                                               ; preds = %60
  store i32 0, i32* %8, align 4
  br label %65

65:                                               ; preds = %69, %64
  %66 = load i32, i32* %8, align 4
  %67 = load i32, i32* %2, align 4
  %68 = icmp slt i32 %66, %67
  br i1 %68, label %69, label %94

69:                                               ; preds = %65
  %70 = load i32, i32* %4, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %71
  %73 = load i32, i32* %8, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [160 x i32], [160 x i32]* %72, i64 0, i64 %74
  %76 = load i32, i32* %75, align 4
  %77 = sdiv i32 %76, 32
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [8 x i32], [8 x i32]* %7, i64 0, i64 %78
  %80 = load i32, i32* %79, align 4
  %81 = add nsw i32 %80, 1
  %82 = load i32, i32* %4, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [160 x [160 x i32]], [160 x [160 x i32]]* @img, i64 0, i64 %83
  %85 = load i32, i32* %8, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [160 x i32], [160 x i32]* %84, i64 0, i64 %86
  %88 = load i32, i32* %87, align 4
  %89 = sdiv i32 %88, 32
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [8 x i32], [8 x i32]* %7, i64 0, i64 %90
  store i32 %81, i32* %91, align 4
  %92 = load i32, i32* %8, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, i32* %8, align 4
  br label %65, !llvm.loop !16

94:                                               ; preds = %65
  %95 = load i32, i32* %4, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, i32* %4, align 4
  br label %60, !llvm.loop !17

97:                                               ; preds = %60
  %98 = getelementptr inbounds [8 x i32], [8 x i32]* %7, i64 0, i64 0
  call void @putarray(i32 noundef 8, i32* noundef %98)
  %99 = getelementptr inbounds [8 x i32], [8 x i32]* %7, i64 0, i64 0
  %100 = load i32, i32* %99, align 16
  %101 = srem i32 %100, 256
  ret i32 %101
}

declare i32 @getint() #1

declare void @starttime() #1

declare void @stoptime() #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

declare void @putarray(i32 noundef, i32* noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

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
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
