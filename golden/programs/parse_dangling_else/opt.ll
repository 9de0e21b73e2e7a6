; ModuleID = 'parse_dangling_else.sy'
source_filename = "parse_dangling_else.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @classify(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 0
  %4 = icmp slt i32 %1, 1
  %5 = select i1 %4, i32 2, i32 1
  %6 = select i1 %3, i32 %5, i32 0
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @classify_braced(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 0
  %4 = icmp sgt i32 %1, 0
  %5 = zext i1 %4 to i32
  %6 = select i1 %3, i32 %5, i32 2
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @chain(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 10
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = icmp slt i32 %0, 5
  br i1 %4, label %5, label %11

5:                                                ; preds = %3
  %6 = icmp slt i32 %0, 2
  %7 = select i1 %6, i32 1, i32 2
  br label %11

8:                                                ; preds = %1
  %9 = icmp ult i32 %0, 20
  %10 = select i1 %9, i32 4, i32 5
  br label %11

11:                                               ; preds = %8, %3, %5
  %12 = phi i32 [ %7, %5 ], [ 3, %3 ], [ %10, %8 ]
  ret i32 %12
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 2) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putint(i32 noundef 4) #3
  tail call void @putint(i32 noundef 5) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 3) #3
  tail call void @putch(i32 noundef 10) #3
  ret i32 231
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

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
