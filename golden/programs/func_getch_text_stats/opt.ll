; ModuleID = 'func_getch_text_stats.sy'
source_filename = "func_getch_text_stats.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@line_lengths = dso_local global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [48 x i8] c"lines=%d words=%d longest=%d numbers=%d sum=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @is_letter(i32 noundef %0) local_unnamed_addr #0 {
  %2 = and i32 %0, -33
  %3 = add i32 %2, -65
  %4 = icmp ult i32 %3, 26
  %5 = zext i1 %4 to i32
  ret i32 %5
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  tail call void @starttime() #3
  %1 = tail call i32 @getch() #3
  %2 = icmp eq i32 %1, -1
  br i1 %2, label %86, label %3

3:                                                ; preds = %0, %57
  %4 = phi i32 [ %65, %57 ], [ %1, %0 ]
  %5 = phi i32 [ %58, %57 ], [ 0, %0 ]
  %6 = phi i32 [ %59, %57 ], [ 0, %0 ]
  %7 = phi i32 [ %60, %57 ], [ 0, %0 ]
  %8 = phi i32 [ %61, %57 ], [ 0, %0 ]
  %9 = phi i32 [ %26, %57 ], [ 0, %0 ]
  %10 = phi i32 [ %64, %57 ], [ 0, %0 ]
  %11 = phi i32 [ %63, %57 ], [ 0, %0 ]
  %12 = phi i32 [ %25, %57 ], [ 0, %0 ]
  %13 = phi i32 [ %62, %57 ], [ 0, %0 ]
  %14 = and i32 %4, -33
  %15 = add i32 %14, -91
  %16 = icmp ult i32 %15, -26
  br i1 %16, label %24, label %17

17:                                               ; preds = %3
  %18 = icmp eq i32 %9, 0
  br i1 %18, label %19, label %24

19:                                               ; preds = %17
  %20 = add nsw i32 %12, 1
  %21 = icmp sgt i32 %4, 96
  %22 = add nsw i32 %4, -32
  %23 = select i1 %21, i32 %22, i32 %4
  br label %24

24:                                               ; preds = %19, %3, %17
  %25 = phi i32 [ %12, %17 ], [ %20, %19 ], [ %12, %3 ]
  %26 = phi i32 [ 1, %17 ], [ 1, %19 ], [ 0, %3 ]
  %27 = phi i32 [ %4, %17 ], [ %23, %19 ], [ %4, %3 ]
  %28 = add i32 %27, -48
  %29 = icmp ult i32 %28, 10
  br i1 %29, label %30, label %33

30:                                               ; preds = %24
  %31 = mul nsw i32 %8, 10
  %32 = add i32 %28, %31
  br label %51

33:                                               ; preds = %24
  %34 = icmp eq i32 %7, 0
  %35 = select i1 %34, i32 %8, i32 0
  %36 = select i1 %34, i32 0, i32 %8
  %37 = add nsw i32 %36, %6
  %38 = xor i1 %34, true
  %39 = zext i1 %38 to i32
  %40 = add nsw i32 %5, %39
  %41 = icmp eq i32 %27, 10
  br i1 %41, label %42, label %51

42:                                               ; preds = %33
  %43 = icmp slt i32 %13, 64
  br i1 %43, label %44, label %47

44:                                               ; preds = %42
  %45 = sext i32 %13 to i64
  %46 = getelementptr inbounds [64 x i32], [64 x i32]* @line_lengths, i64 0, i64 %45
  store i32 %11, i32* %46, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %44, %42
  %48 = icmp sgt i32 %11, %10
  %49 = select i1 %48, i32 %11, i32 %10
  %50 = add nsw i32 %13, 1
  br label %57

51:                                               ; preds = %30, %33
  %52 = phi i32 [ %5, %30 ], [ %40, %33 ]
  %53 = phi i32 [ %6, %30 ], [ %37, %33 ]
  %54 = phi i32 [ 1, %30 ], [ 0, %33 ]
  %55 = phi i32 [ %32, %30 ], [ %35, %33 ]
  %56 = add nsw i32 %11, 1
  br label %57

57:                                               ; preds = %51, %47
  %58 = phi i32 [ %40, %47 ], [ %52, %51 ]
  %59 = phi i32 [ %37, %47 ], [ %53, %51 ]
  %60 = phi i32 [ 0, %47 ], [ %54, %51 ]
  %61 = phi i32 [ %35, %47 ], [ %55, %51 ]
  %62 = phi i32 [ %50, %47 ], [ %13, %51 ]
  %63 = phi i32 [ 0, %47 ], [ %56, %51 ]
  %64 = phi i32 [ %49, %47 ], [ %10, %51 ]
  tail call void @putch(i32 noundef %27) #3
  %65 = tail call i32 @getch() #3
  %66 = icmp eq i32 %65, -1
  br i1 %66, label %67, label %3, !llvm.loop !9

67:                                               ; preds = %57
  %68 = icmp eq i32 %60, 0
  %69 = icmp sgt i32 %63, 0
  br i1 %69, label %70, label %82

70:                                               ; preds = %67
  %71 = icmp slt i32 %62, 64
  br i1 %71, label %72, label %75

72:                                               ; preds = %70
  %73 = sext i32 %62 to i64
  %74 = getelementptr inbounds [64 x i32], [64 x i32]* @line_lengths, i64 0, i64 %73
  store i32 %63, i32* %74, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %72, %70
  %76 = icmp sgt i32 %63, %64
  %77 = select i1 %76, i32 %63, i32 %64
  %78 = add nsw i32 %62, 1
  %79 = xor i1 %68, true
  %80 = zext i1 %79 to i32
  %81 = add nsw i32 %58, %80
  br i1 %68, label %86, label %92

82:                                               ; preds = %67
  %83 = xor i1 %68, true
  %84 = zext i1 %83 to i32
  %85 = add nsw i32 %58, %84
  br i1 %68, label %86, label %92

86:                                               ; preds = %0, %75, %82
  %87 = phi i32 [ %85, %82 ], [ %81, %75 ], [ 0, %0 ]
  %88 = phi i32 [ %64, %82 ], [ %77, %75 ], [ 0, %0 ]
  %89 = phi i32 [ %62, %82 ], [ %78, %75 ], [ 0, %0 ]
  %90 = phi i32 [ %25, %82 ], [ %25, %75 ], [ 0, %0 ]
  %91 = phi i32 [ %59, %82 ], [ %59, %75 ], [ 0, %0 ]
  br label %92

92:                                               ; preds = %75, %82, %86
  %93 = phi i32 [ %87, %86 ], [ %85, %82 ], [ %81, %75 ]
  %94 = phi i32 [ %88, %86 ], [ %64, %82 ], [ %77, %75 ]
  %95 = phi i32 [ %89, %86 ], [ %62, %82 ], [ %78, %75 ]
  %96 = phi i32 [ %90, %86 ], [ %25, %82 ], [ %25, %75 ]
  %97 = phi i32 [ %91, %86 ], [ %59, %82 ], [ %59, %75 ]
  %98 = phi i32 [ 0, %86 ], [ %61, %82 ], [ %61, %75 ]
  %99 = add nsw i32 %98, %97
  tail call void @stoptime() #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putarray(i32 noundef %95, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @line_lengths, i64 0, i64 0)) #3
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([48 x i8], [48 x i8]* @.str, i64 0, i64 0), i32 noundef %95, i32 noundef %96, i32 noundef %94, i32 noundef %93, i32 noundef %99) #3
  ret i32 %96
}

declare void @starttime() local_unnamed_addr #2

declare i32 @getch() local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @stoptime() local_unnamed_addr #2

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
